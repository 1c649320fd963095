import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseIdOrThrow } from "@/lib/parse-id";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/**
 * The vendor's own shop, or NOT_FOUND — for a shop that does not exist and for another vendor's
 * shop alike (we do not confirm that someone else's shop id exists). The tenant is in the where.
 * A CLOSED shop (its grace period after a cancelled plan ended: docs/domain.md, Shop) is closed to
 * its vendor too: its data is kept, the dashboard only says it is closed (/dashboard/plan).
 */
export async function getOwnedShopOrThrow<S extends Prisma.ShopSelect>(
  db: Db,
  actor: Actor | null,
  shopId: string,
  select: S,
  options: { includeClosed?: boolean } = {},
): Promise<Prisma.ShopGetPayload<{ select: S }>> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopId);
  const open = options.includeClosed ? {} : { status: { not: "CLOSED" as const } };
  const shop = await db.shop.findFirst({ where: { id, ownerId: actor.id, ...open }, select });
  if (!shop) throw new AppError("NOT_FOUND");
  return shop as Prisma.ShopGetPayload<{ select: S }>;
}
