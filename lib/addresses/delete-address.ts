import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";

/** Deletes one of the signed-in user's saved addresses; another user's is NOT_FOUND, untouched. */
export async function deleteAddress(actor: Actor | null, addressId: unknown): Promise<void> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const id = parseIdOrThrow(addressId);
  const deleted = await getDb().address.deleteMany({ where: { id, userId: actor.id } });
  if (deleted.count === 0) throw new AppError("NOT_FOUND");
}
