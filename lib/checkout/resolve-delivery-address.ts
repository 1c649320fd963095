import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { addressSchema, locateAddress, type LocatedAddress } from "@/lib/addresses/address-schema";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, parseInput } from "@/lib/forms/parse-input";

export type DeliveryAddress = LocatedAddress & { savedId: string | null };

/**
 * The address an order goes to: one of the signed-in shopper's saved addresses (another user's
 * is NOT_FOUND), or the one typed in the form (errors under `address.<field>`; an unknown
 * postcode is refused). Placed on the map with the gazetteer for the courier radius.
 */
export async function resolveDeliveryAddress(
  actor: Actor | null,
  input: { addressId?: string; address?: Record<string, unknown> },
  fallbackName: string,
): Promise<DeliveryAddress> {
  if (input.addressId) {
    if (!actor) throw new AppError("NOT_FOUND");
    const saved = await getDb().address.findFirst({ where: { id: input.addressId, userId: actor.id } });
    if (!saved) throw new AppError("NOT_FOUND");
    const parsed = parseInput(addressSchema, {
      ...saved,
      line2: saved.line2 ?? undefined,
      phone: saved.phone ?? undefined,
    });
    const located =
      saved.latitude !== null && saved.longitude !== null
        ? { ...parsed, latitude: saved.latitude, longitude: saved.longitude }
        : locateAddress(parsed, "address.");
    return { ...located, savedId: saved.id };
  }
  const typed = { ...input.address, name: String(input.address?.name ?? "").trim() || fallbackName };
  const result = addressSchema.safeParse(typed);
  if (!result.success) {
    const fieldErrors = Object.fromEntries(
      Object.entries(fieldErrorsOf(result.error)).map(([field, key]) => [`address.${field}`, key]),
    );
    throw new AppError("VALIDATION", "invalid address", fieldErrors);
  }
  return { ...locateAddress(result.data, "address."), savedId: null };
}
