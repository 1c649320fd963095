import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { SAVED_ADDRESS_SELECT, type SavedAddress } from "./list-my-addresses";

/** One of the signed-in user's saved addresses (to edit or delete it); another user's, or none, is NOT_FOUND. */
export async function getMyAddress(actor: Actor | null, addressId: unknown): Promise<SavedAddress> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const id = parseIdOrThrow(addressId);
  const address = await getDb().address.findFirst({
    where: { id, userId: actor.id },
    select: SAVED_ADDRESS_SELECT,
  });
  if (!address) throw new AppError("NOT_FOUND");
  return address;
}
