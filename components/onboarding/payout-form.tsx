"use client";

import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction } from "@/lib/forms/form-state";
import { useStepForm } from "./use-step-form";

type StepAction = FormAction;

export type PayoutFormLabels = {
  holderName: string;
  iban: string;
  ibanHint: string;
  /** "IBAN on file: FR76 •••• … 0189" when one is stored */
  ibanStored?: string;
  ibanKeepHint: string;
  submit: string;
  pending: string;
};

/**
 * Step 5: account holder and IBAN. The stored IBAN is only shown masked; the field starts blank
 * and a blank field keeps it.
 */
export function PayoutForm({
  action,
  labels,
  holderName,
}: {
  action: StepAction;
  labels: PayoutFormLabels;
  holderName: string;
}) {
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
        label={labels.holderName}
        autoComplete="name"
        defaultValue={holderName}
        maxLength={120}
        error={errors.holderName}
        required
      />
      <TextField
        id="payout-iban"
        name="iban"
        label={labels.iban}
        hint={labels.ibanStored ? `${labels.ibanStored}. ${labels.ibanKeepHint}` : labels.ibanHint}
        autoComplete="off"
        maxLength={42}
        error={errors.iban}
        required={!labels.ibanStored}
      />
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}

export type StripeConnectLabels = { title: string; text: string; button: string; pending: string; status?: string };

/** "Connect with Stripe": shown only when the marketplace has Stripe configured. */
export function StripeConnectForm({ action, labels }: { action: StepAction; labels: StripeConnectLabels }) {
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      className="flex max-w-xl flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 className="text-lg font-semibold">{labels.title}</h2>
      <p className="text-stone-700">{labels.text}</p>
      {labels.status ? <p className="font-medium text-brand-800">{labels.status}</p> : null}
      <FormMessage error={state.fieldErrors.form} />
      <div>
        <button type="submit" disabled={pending} className={secondaryButton}>
          {pending ? labels.pending : labels.button}
        </button>
      </div>
    </form>
  );
}
