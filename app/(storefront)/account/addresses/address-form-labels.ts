import "server-only";
import type { AddressFormLabels } from "@/components/addresses/address-form";
import type { Translate } from "@/lib/i18n/translate";

/** The address book form's labels (the address fields are worded as at checkout). */
export function addressFormLabels(t: Translate, submit: string, pending: string): AddressFormLabels {
  return {
    recipient: t("checkout.addressBook.recipient"),
    line1: t("checkout.address.line1"),
    line2: t("checkout.address.line2"),
    postalCode: t("checkout.address.postalCode"),
    city: t("checkout.address.city"),
    phone: t("checkout.addressBook.phoneLabel"),
    phoneHint: t("checkout.addressBook.phoneHint"),
    countryNote: t("checkout.address.countryNote"),
    submit,
    pending,
  };
}

/** "12 rue Mercière, 69002 Lyon": names one address in a link's accessible name. */
export function addressSummary(address: { line1: string; postalCode: string; city: string }): string {
  return `${address.line1}, ${address.postalCode} ${address.city}`;
}
