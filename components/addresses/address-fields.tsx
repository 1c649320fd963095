import { TextField } from "@/components/ui/text-field";
import { ADDRESS_LIMITS } from "@/lib/addresses/address-limits";
import { useT } from "@/lib/i18n/client";

export type AddressFieldValues = {
  name: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  phone?: string;
};

type AddressFieldsProps = {
  /** prefix of the inputs' ids: "checkout" gives "checkout-line1"… */
  idPrefix: string;
  /** prefix of the inputs' names, as the action reads them ("address." at checkout) */
  namePrefix?: string;
  /**
   * "checkout": the recipient may stay empty (the contact's name is used), no phone of its own;
   * "addressBook": a saved address carries its own optional phone. Needs the checkout.address
   * messages, and checkout.addressBook for the address book.
   */
  kind: "checkout" | "addressBook";
  values: AddressFieldValues;
  /** field name (with its prefix) → message */
  errors: Record<string, string>;
  /** marks the recipient, street, postcode and town as required */
  required?: boolean;
};

/** A French delivery address's inputs (checkout and address book): recipient, street, postcode, town, optional phone. */
export function AddressFields({ idPrefix, namePrefix = "", kind, values, errors, required }: AddressFieldsProps) {
  const t = useT();
  const book = kind === "addressBook";
  const name = (field: string) => `${namePrefix}${field}`;
  return (
    <>
      <TextField
        id={`${idPrefix}-recipient`}
        name={name("name")}
        label={book ? t("checkout.addressBook.recipient") : t("checkout.address.name")}
        hint={book ? undefined : t("checkout.address.nameHint")}
        autoComplete="shipping name"
        maxLength={ADDRESS_LIMITS.name}
        defaultValue={values.name}
        error={errors[name("name")]}
        required={required}
      />
      <TextField
        id={`${idPrefix}-line1`}
        name={name("line1")}
        label={t("checkout.address.line1")}
        autoComplete="shipping address-line1"
        maxLength={ADDRESS_LIMITS.line}
        defaultValue={values.line1}
        error={errors[name("line1")]}
        required={required}
      />
      <TextField
        id={`${idPrefix}-line2`}
        name={name("line2")}
        label={t("checkout.address.line2")}
        autoComplete="shipping address-line2"
        maxLength={ADDRESS_LIMITS.line}
        defaultValue={values.line2}
        error={errors[name("line2")]}
      />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          id={`${idPrefix}-postcode`}
          name={name("postalCode")}
          dir="ltr"
          label={t("checkout.address.postalCode")}
          autoComplete="shipping postal-code"
          inputMode="numeric"
          maxLength={10}
          defaultValue={values.postalCode}
          error={errors[name("postalCode")]}
          required={required}
        />
        <TextField
          id={`${idPrefix}-city`}
          name={name("city")}
          label={t("checkout.address.city")}
          autoComplete="shipping address-level2"
          maxLength={ADDRESS_LIMITS.city}
          defaultValue={values.city}
          error={errors[name("city")]}
          required={required}
        />
      </div>
      {book ? (
        <TextField
          id={`${idPrefix}-phone`}
          name={name("phone")}
          type="tel"
          label={t("checkout.addressBook.phoneLabel")}
          hint={t("checkout.addressBook.phoneHint")}
          autoComplete="shipping tel"
          maxLength={ADDRESS_LIMITS.phone}
          defaultValue={values.phone}
          error={errors[name("phone")]}
        />
      ) : null}
      <p className="text-sm text-stone-700">{t("checkout.address.countryNote")}</p>
    </>
  );
}
