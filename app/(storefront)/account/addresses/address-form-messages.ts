import "server-only";
import type { MessageNamespace } from "@/lib/i18n/pick-messages";

/** What the address book's forms translate for themselves (the fields are worded as at checkout). */
export const ADDRESS_FORM_MESSAGES: readonly MessageNamespace[] = [
  "checkout.address.line1",
  "checkout.address.line2",
  "checkout.address.postalCode",
  "checkout.address.city",
  "checkout.address.countryNote",
  "checkout.addressBook",
];

/** "12 rue Mercière, 69002 Lyon": names one address in a link's accessible name. */
export function addressSummary(address: { line1: string; postalCode: string; city: string }): string {
  return `${address.line1}, ${address.postalCode} ${address.city}`;
}
