import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseIdOrThrow } from "@/lib/parse-id";

/** A shipping class of one of the vendor's shops, locked for update, or NOT_FOUND. */
export async function lockOwnedShippingClass(
  tx: Prisma.TransactionClient,
  actor: Actor | null,
  shippingClassId: unknown,
) {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shippingClassId);
  const locked = await tx.$queryRaw<{ id: string; shopId: string; name: string }[]>`
    SELECT c.id, c."shopId", c.name FROM "ShippingClass" c JOIN "Shop" s ON s.id = c."shopId"
    WHERE c.id = ${id} AND s."ownerId" = ${actor.id}
    FOR UPDATE OF c`;
  if (locked.length !== 1) throw new AppError("NOT_FOUND");
  return locked[0];
}
