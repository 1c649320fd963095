"use client";

import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { useStepForm } from "./use-step-form";

type StepAction = FormAction;

/**
 * Step 5: account holder and IBAN. The stored IBAN is only shown masked; the field starts blank
 * and a blank field keeps it.
 */
export function PayoutForm({
  action,
  holderName,
  maskedIban,
  onboarding,
}: {
  action: StepAction;
  holderName: string;
  /** "FR76 •••• … 0189" when an IBAN is stored */
  maskedIban: string | null;
  /** still onboarding (the button says "continue"), else an approved shop's update */
  onboarding: boolean;
}) {
  const t = useT();
  const ibanStored = maskedIban ? t("onboarding.payout.ibanStored", { iban: maskedIban }) : undefined;
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  const errors = state.fieldErrors;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-5" noValidate>
      <FormMessage
        error={errors.form ?? (state.status === "error" ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      <TextField
        id="payout-holder-name"
        name="holderName"
        label={t("onboarding.payout.holderName")}
        autoComplete="name"
        defaultValue={holderName}
        maxLength={120}
        error={errors.holderName}
        required
      />
      <TextField
        id="payout-iban"
        name="iban"
        dir="ltr"
        label={t("onboarding.payout.iban")}
        hint={ibanStored ? `${ibanStored}. ${t("onboarding.payout.ibanKeepHint")}` : t("onboarding.payout.ibanHint")}
        autoComplete="off"
        maxLength={42}
        error={errors.iban}
        required={!ibanStored}
      />
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending
            ? t("onboarding.payout.pending")
            : onboarding
              ? t("onboarding.payout.submit")
              : t("onboarding.payout.save")}
        </button>
      </div>
    </form>
  );
}

/** "Connect with Stripe": shown only when the marketplace has Stripe configured. */
export function StripeConnectForm({
  action,
  connected,
  returned,
}: {
  action: StepAction;
  /** the shop already has a Stripe account (the button continues its set-up) */
  connected: boolean;
  /** the vendor just came back from Stripe */
  returned: boolean;
}) {
  const t = useT();
  const status = returned
    ? t("onboarding.payout.stripeReturned")
    : connected
      ? t("onboarding.payout.stripeConnected")
      : undefined;
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      className="flex max-w-xl flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 className="text-lg font-semibold">{t("onboarding.payout.stripeTitle")}</h2>
      <p className="text-stone-700">{t("onboarding.payout.stripeText")}</p>
      {status ? <p className="font-medium text-brand-800">{status}</p> : null}
      <FormMessage error={state.fieldErrors.form} />
      <div>
        <button type="submit" disabled={pending} className={secondaryButton}>
          {pending
            ? t("onboarding.payout.stripePending")
            : connected
              ? t("onboarding.payout.stripeContinue")
              : t("onboarding.payout.stripeConnect")}
        </button>
      </div>
    </form>
  );
}
