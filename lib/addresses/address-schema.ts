import { z } from "zod";
import { AppError } from "@/lib/errors";
import { locatePostcode } from "@/lib/geo/gazetteer";
import { toLatinDigits } from "@/lib/i18n/digits";
import { ADDRESS_LIMITS } from "./address-limits";

export { ADDRESS_LIMITS };

// A delivery address as typed in a form (checkout or saved addresses). Halle delivers within
// France for now: the postcode must be one the offline gazetteer knows, which also places the
// address (latitude/longitude) for the local courier's radius.
const text = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.string().min(1, "forms.errors.required").max(max, "forms.errors.tooLong"),
  );
const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
    z.string().max(max, "forms.errors.tooLong").optional(),
  );

export const addressSchema = z.object({
  name: text(ADDRESS_LIMITS.name),
  line1: text(ADDRESS_LIMITS.line),
  line2: optionalText(ADDRESS_LIMITS.line),
  postalCode: z.preprocess(
    // "۱۷۳۰۰" is "17300" (docs/i18n.md, digits)
    (value) => (typeof value === "string" ? toLatinDigits(value).replace(/\s+/g, "") : value),
    z.string().regex(/^\d{5}$/, "checkout.errors.postcodeInvalid"),
  ),
  city: text(ADDRESS_LIMITS.city),
  country: z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? "FR" : String(value).trim().toUpperCase()),
    z.literal("FR", { error: "checkout.errors.countryUnsupported" }),
  ),
  phone: optionalText(ADDRESS_LIMITS.phone),
});

export type AddressInput = z.output<typeof addressSchema>;
export type LocatedAddress = AddressInput & { latitude: number; longitude: number };

/**
 * Places a parsed address with the gazetteer. An unknown postcode is refused as VALIDATION on
 * `<prefix>postalCode` (nothing written). The city as typed is kept (the shopper's spelling).
 */
export function locateAddress(address: AddressInput, fieldPrefix = ""): LocatedAddress {
  const place = locatePostcode(address.postalCode, address.city);
  if (!place)
    throw new AppError("VALIDATION", "unknown postcode", {
      [`${fieldPrefix}postalCode`]: "checkout.errors.postcodeUnknown",
    });
  return { ...address, latitude: place.lat, longitude: place.lng };
}
