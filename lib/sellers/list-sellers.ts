import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma, ShopStatus } from "@/lib/generated/prisma/client";
import { cleanText } from "@/lib/text/clean-text";
import { parseSellerFilter, type SellerFilter } from "./schemas";

export const SELLERS_PAGE_SIZE = 20;

export type SellerSummary = {
  id: string;
  name: string;
  trade: string;
  city: string | null;
  status: ShopStatus;
  reviewPending: boolean;
  submittedAt: Date | null;
  createdAt: Date;
  owner: { name: string; email: string };
};

export type SellerListPage = {
  filter: SellerFilter;
  query: string;
  shops: SellerSummary[];
  page: number;
  pages: number;
  total: number;
  /** shops per filter, for the current search */
  counts: Record<SellerFilter, number>;
};

const SELECT = {
  id: true,
  name: true,
  trade: true,
  city: true,
  status: true,
  reviewPending: true,
  submittedAt: true,
  createdAt: true,
  owner: { select: { name: true, email: true } },
} satisfies Prisma.ShopSelect;

// Upper and lower case both: lower() only folds ASCII under some database collations.
const ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ";
const PLAIN = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY";

/** "Brûlerie" → "brulerie": lower case, diacritics removed (matches the SQL below). */
export function foldAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * Ids of shops whose name or city contains the query, ignoring case and accents (the unaccent
 * extension is not installed, so both sides are folded with translate()).
 */
async function matchingShopIds(query: string): Promise<string[]> {
  const pattern = `%${foldAccents(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Shop"
    WHERE lower(translate(name, ${ACCENTED}, ${PLAIN})) LIKE ${pattern}
       OR lower(translate(coalesce(city, ''), ${ACCENTED}, ${PLAIN})) LIKE ${pattern}`;
  return rows.map((row) => row.id);
}

function filterWhere(filter: SellerFilter): Prisma.ShopWhereInput {
  if (filter === "ALL") return {};
  // Changes under review: identity changes, and payout account changes waiting (docs/security.md, payout details).
  if (filter === "REVIEW")
    return { OR: [{ status: "APPROVED", reviewPending: true }, { pendingPayoutIban: { not: null } }] };
  return { status: filter };
}

function orderOf(filter: SellerFilter): Prisma.ShopOrderByWithRelationInput[] {
  // Applications first come, first served; changes under review oldest first; the rest newest first.
  if (filter === "PENDING")
    return [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }];
  if (filter === "REVIEW") return [{ updatedAt: "asc" }, { id: "asc" }];
  return [{ updatedAt: "desc" }, { id: "desc" }];
}

/** The operator's queue of shops: one filter, an optional search by name or city, 20 per page. */
export async function listSellers(
  actor: Actor | null,
  { filter: rawFilter, query: rawQuery = "", page = 1 }: { filter?: string; query?: string; page?: number } = {},
): Promise<SellerListPage> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const filter = parseSellerFilter(rawFilter ?? "PENDING");
  // Text from the address: a NUL byte would reach PostgreSQL (docs/security.md, "Correctness at the edges").
  const query = cleanText(rawQuery).trim().slice(0, 100);
  const searchWhere: Prisma.ShopWhereInput = query ? { id: { in: await matchingShopIds(query) } } : {};

  const [byStatus, reviewCount] = await Promise.all([
    db.shop.groupBy({ by: ["status"], where: searchWhere, _count: { _all: true } }),
    db.shop.count({ where: { ...searchWhere, ...filterWhere("REVIEW") } }),
  ]);
  const counts: Record<SellerFilter, number> = {
    PENDING: 0,
    REVIEW: reviewCount,
    APPROVED: 0,
    REJECTED: 0,
    SUSPENDED: 0,
    LAPSED: 0,
    CLOSED: 0,
    DRAFT: 0,
    ALL: 0,
  };
  for (const row of byStatus) {
    counts[row.status] = row._count._all;
    counts.ALL += row._count._all;
  }

  const total = counts[filter];
  const pages = Math.max(1, Math.ceil(total / SELLERS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(Number.isFinite(page) ? page : 1)), pages);
  const shops = await db.shop.findMany({
    where: { ...searchWhere, ...filterWhere(filter) },
    select: SELECT,
    orderBy: orderOf(filter),
    skip: (current - 1) * SELLERS_PAGE_SIZE,
    take: SELLERS_PAGE_SIZE,
  });
  return { filter, query, shops, page: current, pages, total, counts };
}
