import "server-only";
import type { z } from "zod";
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
  if (!result.success) throw invalidAddress(result.error);
  return { ...locateAddress(result.data, "address."), savedId: null };
}

function invalidAddress(error: z.ZodError): AppError {
  const fieldErrors = Object.fromEntries(
    Object.entries(fieldErrorsOf(error)).map(([field, key]) => [`address.${field}`, key]),
  );
  return new AppError("VALIDATION", "invalid address", fieldErrors);
}

/** Where the typed address is: the recipient's name alone (or the country) is not an address. */
const TYPED_ADDRESS_FIELDS = ["line1", "line2", "postalCode", "city"] as const;

/** Whether the checkout form gives an address at all: a saved one chosen, or some of one typed. */
export function isAddressGiven(input: { addressId?: string; address?: Record<string, unknown> }): boolean {
  if (input.addressId) return true;
  return TYPED_ADDRESS_FIELDS.some((field) => {
    const value = input.address?.[field];
    return typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null;
  });
}

/**
 * The refusal of an order with a delivered part but no address: VALIDATION on the address fields
 * the form asks for, exactly as an empty typed address would be refused.
 */
export function deliveryAddressRequired(): AppError {
  const result = addressSchema.safeParse({ name: "-" });
  return result.success ? new AppError("VALIDATION", "address required") : invalidAddress(result.error);
}
