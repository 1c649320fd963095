import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { idSchema } from "@/lib/parse-id";
import { addSavedAddress } from "./add-saved-address";
import { addressSchema, locateAddress } from "./address-schema";
import { SAVED_ADDRESS_SELECT, type SavedAddress } from "./list-my-addresses";

const saveSchema = addressSchema.extend({
  id: z.preprocess((value) => (value === "" ? undefined : value), idSchema().optional()),
});

/** A saved address as a form sends it: its fields, and `id` when it edits one. */
export type SaveAddressInput = z.input<typeof saveSchema>;

/**
 * Saves one of the signed-in user's delivery addresses: a new one, or (with `id`) one of their own
 * — another user's address is NOT_FOUND and left untouched. The postcode must be known to the
 * gazetteer (its coordinates are stored for the courier radius).
 */
export async function saveAddress(actor: Actor | null, input: SaveAddressInput): Promise<SavedAddress> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const { id, ...address } = parseInput(saveSchema, input);
  const located = locateAddress(address);
  const data = { ...located, line2: located.line2 ?? null, phone: located.phone ?? null };
  const db = getDb();
  if (id) {
    const updated = await db.address.updateMany({ where: { id, userId: actor.id }, data });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    return db.address.findUniqueOrThrow({ where: { id }, select: SAVED_ADDRESS_SELECT });
  }
  const added = await addSavedAddress(db, actor.id, located);
  if (!added) throw new AppError("CONFLICT", "too many addresses", { form: "checkout.errors.tooManyAddresses" });
  return added;
}
