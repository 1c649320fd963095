"use client";

import { useActionState, useEffect, useRef } from "react";
import { AddressFields } from "@/components/addresses/address-fields";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { CheckoutBlocker } from "@/lib/checkout/checkout-blocker";
import type { CheckoutDraft } from "@/lib/checkout/checkout-draft";
import type { CheckoutView } from "@/lib/checkout/get-checkout-view";
import type { FormState } from "@/lib/forms/form-state";
import { useLocale, useT } from "@/lib/i18n/client";

/** The checkout action's answer: FormState plus what was typed, shown again after an error. */
export type CheckoutFormState = FormState<{ values: CheckoutDraft & { termsAccepted: boolean } }>;

type Props = {
  action: (previous: CheckoutFormState, formData: FormData) => Promise<CheckoutFormState>;
  /** the signed-in shopper's e-mail (no e-mail field then), or null for a guest */
  signedInEmail: string | null;
  /** where the delivery methods were computed for (the address's postcode and town) */
  destination: CheckoutView["destination"];
  /** the total to pay, formatted on the server (the marketplace's money display) */
  payAmount: string;
  /** why "Pay" is refused as the order stands (shown beside the disabled button), or null */
  blocker: CheckoutBlocker | null;
  initial: CheckoutFormState;
  /** generated when the page rendered: a double submit places one order */
  idempotencyKey: string;
  /** the total shown, checked against the one recomputed on the server */
  expectedTotalAmount: number;
  savedAddresses: { id: string; label: string }[];
  selectedAddressId: string;
  newAddressValue: string;
  /** false when every shop's part is click & collect: contact details only, no address */
  addressNeeded: boolean;
  review: React.ReactNode;
  totals: React.ReactNode;
};

/**
 * The checkout form: contact, address (only when some part is delivered), review by shop, totals,
 * terms and "Pay" (disabled, with the reason beside it, when the order would be refused). Works
 * without JavaScript.
 */
export function CheckoutForm({
  action,
  signedInEmail,
  destination,
  payAmount,
  blocker,
  initial,
  idempotencyKey,
  expectedTotalAmount,
  savedAddresses,
  selectedAddressId,
  newAddressValue,
  addressNeeded,
  review,
  totals,
}: Props) {
  const t = useT();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, initial);
  const values = state.values;
  const errors = state.fieldErrors;
  const topError =
    errors.form ??
    errors.idempotencyKey ??
    errors.expectedTotalAmount ??
    (state.status === "error" ? state.message : undefined);

  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[role="alert"], [aria-invalid="true"]')?.focus();
  }, [state]);

  const payBlocked = blocker
    ? t("checkout.payBlocked", {
        reason: t(`checkout.errors.refusals.${blocker.reason}`, {
          names: new Intl.ListFormat(locale, { type: "conjunction" }).format(blocker.names),
        }),
      })
    : null;
  const destinationText =
    destination.kind === "known"
      ? t("checkout.address.destination", { place: destination.place })
      : t(
          destination.kind === "notFound"
            ? "checkout.address.destinationNotFound"
            : "checkout.address.destinationUnknown",
        );

  const chosen =
    savedAddresses.some((a) => a.id === values.addressId) || values.addressId === newAddressValue
      ? values.addressId
      : selectedAddressId;

  return (
    <form ref={formRef} action={formAction} noValidate className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="expectedTotalAmount" value={expectedTotalAmount} />
      <div className="flex flex-col gap-8">
        {topError ? <FormMessage error={topError} /> : null}
        <section aria-labelledby="checkout-contact" className="flex flex-col gap-4">
          <h2 id="checkout-contact" className="text-xl font-bold">
            {t("checkout.contact.title")}
          </h2>
          {signedInEmail ? (
            <p className="text-stone-700">{t("checkout.contact.signedInAs", { email: signedInEmail })}</p>
          ) : (
            <TextField
              id="checkout-email"
              name="contact.email"
              type="email"
              label={t("checkout.contact.email")}
              hint={t("checkout.contact.emailHint")}
              autoComplete="email"
              maxLength={254}
              defaultValue={values.email}
              error={errors["contact.email"]}
              required
            />
          )}
          <TextField
            id="checkout-name"
            name="contact.name"
            label={t("checkout.contact.name")}
            autoComplete="name"
            maxLength={120}
            defaultValue={values.name}
            error={errors["contact.name"]}
            required
          />
          <TextField
            id="checkout-phone"
            name="contact.phone"
            type="tel"
            label={t("checkout.contact.phone")}
            hint={t(addressNeeded ? "checkout.contact.phoneHint" : "checkout.contact.phoneHintPickup")}
            autoComplete="tel"
            maxLength={30}
            defaultValue={values.phone}
            error={errors["contact.phone"]}
          />
        </section>

        {addressNeeded ? (
          <section aria-labelledby="checkout-address" className="flex flex-col gap-4">
            <h2 id="checkout-address" className="text-xl font-bold">
              {t("checkout.address.title")}
            </h2>
            {savedAddresses.length > 0 ? (
              <fieldset
                className="flex flex-col gap-2"
                aria-describedby={errors.addressId ? "checkout-address-error" : undefined}
              >
                <legend className="mb-2 font-medium">{t("checkout.address.savedLegend")}</legend>
                {[...savedAddresses, { id: newAddressValue, label: t("checkout.address.newOption") }].map((address) => (
                  <label
                    key={address.id}
                    className="flex items-start gap-3 rounded-lg border border-stone-200 bg-white p-3 has-checked:border-brand-700"
                  >
                    <input
                      type="radio"
                      name="addressId"
                      value={address.id}
                      defaultChecked={chosen === address.id}
                      className="mt-1 size-5 shrink-0 accent-brand-700"
                    />
                    <span>{address.label}</span>
                  </label>
                ))}
                {errors.addressId ? (
                  <p id="checkout-address-error" className="text-sm font-medium text-red-700">
                    {errors.addressId}
                  </p>
                ) : null}
              </fieldset>
            ) : (
              <input type="hidden" name="addressId" value={newAddressValue} />
            )}
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 font-medium">{t("checkout.address.newLegend")}</legend>
              <AddressFields
                idPrefix="checkout"
                namePrefix="address."
                kind="checkout"
                values={values.address}
                errors={errors}
              />
              {signedInEmail ? (
                <CheckboxField
                  id="checkout-save-address"
                  name="saveAddress"
                  label={t("checkout.address.save")}
                  defaultChecked={values.saveAddress}
                />
              ) : null}
            </fieldset>
            <div className="flex flex-col gap-2">
              <p id="checkout-update-hint" className="text-sm text-stone-600">
                {t("checkout.address.updateHint")}
              </p>
              <p role="status" className="text-sm font-medium">
                {destinationText}
              </p>
              <button
                type="submit"
                name="intent"
                value="update"
                formNoValidate
                disabled={pending}
                aria-describedby="checkout-update-hint"
                className={`${secondaryButton} self-start`}
              >
                {t("checkout.address.update")}
              </button>
            </div>
          </section>
        ) : null}

        <section aria-labelledby="checkout-review">
          <h2 id="checkout-review" className="mb-4 text-xl font-bold">
            {t("checkout.review.title")}
          </h2>
          {review}
        </section>
      </div>

      <aside
        aria-labelledby="checkout-totals"
        className="flex h-fit flex-col gap-4 rounded-xl border border-stone-200 bg-stone-50 p-4 lg:sticky lg:top-4"
      >
        <h2 id="checkout-totals" className="text-xl font-bold">
          {t("checkout.totals.title")}
        </h2>
        {totals}
        <CheckboxField
          id="checkout-terms"
          name="termsAccepted"
          label={t("checkout.terms.label")}
          defaultChecked={values.termsAccepted}
          error={errors.termsAccepted}
        />
        <a href="/checkout/terms" target="_blank" rel="noopener" className={`${textLink} text-sm`}>
          {t("checkout.terms.link")}
        </a>
        <button
          type="submit"
          name="intent"
          value="pay"
          disabled={pending || payBlocked !== null}
          aria-describedby={payBlocked ? "checkout-pay-blocked" : undefined}
          className={primaryButton}
        >
          {pending ? t("checkout.paying") : t("checkout.pay", { amount: payAmount })}
        </button>
        {payBlocked ? (
          <p id="checkout-pay-blocked" className="text-sm font-medium text-red-700">
            {payBlocked}
          </p>
        ) : null}
      </aside>
    </form>
  );
}
