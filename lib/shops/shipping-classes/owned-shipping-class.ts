import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A shipping class of one of the vendor's shops, locked for update, or NOT_FOUND. */
export async function lockOwnedShippingClass(
  tx: Prisma.TransactionClient,
  actor: Actor | null,
  shippingClassId: unknown,
) {
  assertRole(actor, "VENDOR");
  if (typeof shippingClassId !== "string" || shippingClassId.length === 0 || shippingClassId.length > 64)
    throw new AppError("NOT_FOUND");
  const locked = await tx.$queryRaw<{ id: string; shopId: string; name: string }[]>`
    SELECT c.id, c."shopId", c.name FROM "ShippingClass" c JOIN "Shop" s ON s.id = c."shopId"
    WHERE c.id = ${shippingClassId} AND s."ownerId" = ${actor.id}
    FOR UPDATE OF c`;
  if (locked.length !== 1) throw new AppError("NOT_FOUND");
  return locked[0];
}
