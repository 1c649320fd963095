import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import type { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/forms/parse-input";
import { idSchema, parseIdOrThrow } from "@/lib/parse-id";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export const MAX_BULK_PRODUCTS = 200;

export const productIdsSchema = z.object({
  productIds: z
    .array(idSchema())
    .min(1, "productList.errors.noneSelected")
    .max(MAX_BULK_PRODUCTS, "productList.errors.tooManySelected"),
});

/** The products a bulk action names (the list's checkboxes), before parsing. */
export type ProductIdsInput = z.input<typeof productIdsSchema>;

/**
 * The vendor's own products among `productIds`, locked for update, or NOT_FOUND when any of them
 * is not theirs (or does not exist): a bulk action acts on all it was given, or on none.
 */
export async function lockOwnedProducts<S extends Prisma.ProductSelect & { id: true }>(
  tx: Prisma.TransactionClient,
  actor: Actor | null,
  input: ProductIdsInput,
  select: S,
): Promise<Prisma.ProductGetPayload<{ select: S }>[]> {
  assertRole(actor, "VENDOR");
  const { productIds } = parseInput(productIdsSchema, input);
  const ids = [...new Set(productIds)];
  // Row locks in a stable order, so two bulk actions on overlapping selections cannot deadlock.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
    WHERE p.id = ANY(${ids}) AND s."ownerId" = ${actor.id}
    ORDER BY p.id FOR UPDATE OF p`;
  if (locked.length !== ids.length) throw new AppError("NOT_FOUND");
  const products = await tx.product.findMany({
    where: { id: { in: ids }, shop: { ownerId: actor.id } },
    select,
    orderBy: { id: "asc" },
  });
  return products as unknown as Prisma.ProductGetPayload<{ select: S }>[];
}

/** One product of the vendor's, or NOT_FOUND (another vendor's product looks like no product). */
export async function getOwnedProductOrThrow<S extends Prisma.ProductSelect>(
  db: Db,
  actor: Actor | null,
  productId: string,
  select: S,
): Promise<Prisma.ProductGetPayload<{ select: S }>> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(productId);
  const product = await db.product.findFirst({ where: { id, shop: { ownerId: actor.id } }, select });
  if (!product) throw new AppError("NOT_FOUND");
  return product as Prisma.ProductGetPayload<{ select: S }>;
}
