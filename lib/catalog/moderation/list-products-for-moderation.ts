import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma, ProductStatus } from "@/lib/generated/prisma/client";
import { cleanText } from "@/lib/text/clean-text";
import { parseModerationFilter, type ModerationFilter } from "./schemas";

export const MODERATION_PAGE_SIZE = 25;

export type ProductForModeration = {
  id: string;
  title: string;
  priceAmount: number;
  currency: string;
  status: ProductStatus;
  moderationReason: string | null;
  moderatedAt: Date | null;
  updatedAt: Date;
  thumbnail: { url: string; alt: string } | null;
  shop: { name: string; slug: string };
};

export type ModerationListPage = {
  filter: ModerationFilter;
  query: string;
  products: ProductForModeration[];
  page: number;
  pages: number;
  total: number;
};

const SELECT = {
  id: true,
  title: true,
  priceAmount: true,
  currency: true,
  status: true,
  moderationReason: true,
  moderatedAt: true,
  updatedAt: true,
  images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
  shop: { select: { name: true, slug: true } },
} satisfies Prisma.ProductSelect;

function filterWhere(filter: ModerationFilter): Prisma.ProductWhereInput {
  if (filter === "ALL") return {};
  if (filter === "MODERATED") return { moderationReason: { not: null } };
  return { status: filter };
}

function searchWhere(query: string): Prisma.ProductWhereInput {
  if (!query) return {};
  const contains = { contains: query, mode: "insensitive" } as const;
  return { OR: [{ title: contains }, { sku: contains }, { shop: { name: contains } }] };
}

/**
 * Every product of every shop, for the operator: a search by title, SKU or shop name (any case),
 * one filter, newest change first, 25 per page.
 */
export async function listProductsForModeration(
  actor: Actor | null,
  { filter: rawFilter, query: rawQuery = "", page = 1 }: { filter?: string; query?: string; page?: number } = {},
): Promise<ModerationListPage> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const filter = parseModerationFilter(rawFilter ?? "ACTIVE");
  // Text from the address: a NUL byte would reach PostgreSQL (docs/security.md, "Correctness at the edges").
  const query = cleanText(rawQuery).trim().slice(0, 100);
  const where: Prisma.ProductWhereInput = { ...filterWhere(filter), ...searchWhere(query) };

  const total = await db.product.count({ where });
  const pages = Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(Number.isFinite(page) ? page : 1)), pages);
  const rows = await db.product.findMany({
    where,
    select: SELECT,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * MODERATION_PAGE_SIZE,
    take: MODERATION_PAGE_SIZE,
  });
  const products = rows.map(({ images, ...row }) => ({ ...row, thumbnail: images[0] ?? null }));
  return { filter, query, products, page: current, pages, total };
}
