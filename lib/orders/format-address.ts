// Addresses on orders, as lines of text (pure). The delivery address is a JSON snapshot taken at
// checkout (the fields of a saved Address); a shop's pickup address comes from its own columns.

const ADDRESS_FIELDS = ["name", "line1", "line2"] as const;

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** The order's delivery address snapshot as lines ("Léa Martin", "3 rue …", "69001 Lyon", "FR"); [] when none. */
export function shippingAddressLines(snapshot: unknown): string[] {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return [];
  const address = snapshot as Record<string, unknown>;
  const lines = ADDRESS_FIELDS.map((field) => text(address[field])).filter((line): line is string => line !== null);
  const town = [text(address.postalCode), text(address.city)].filter(Boolean).join(" ");
  if (town) lines.push(town);
  const country = text(address.country);
  if (country) lines.push(country);
  return lines;
}

/** The phone given with the delivery address, when any. */
export function shippingAddressPhone(snapshot: unknown): string | null {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return null;
  return text((snapshot as Record<string, unknown>).phone);
}

/** A shop's pickup address as one line ("12 rue des Halles, 69001 Lyon"); null when it has none. */
export function pickupAddressLine(shop: {
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
}): string | null {
  const town = [text(shop.postalCode), text(shop.city)].filter(Boolean).join(" ");
  const parts = [text(shop.addressLine), town || null].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}
