"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";

export type TestCardFormState = FormState<{ values: { cardNumber: string; expiry: string } }>;

type Props = {
  action: FormAction<TestCardFormState>;
  /** the amount on the button, formatted on the server (the marketplace's money display) */
  amount: string;
  /** the button's words: paying (the default) or authorizing (lib/payments/payment-wording.ts) */
  words?: { submit: MessageKey; pending: MessageKey };
};

const PAY: NonNullable<Props["words"]> = { submit: "orders.pay.submit", pending: "orders.pay.pending" };

const INITIAL: TestCardFormState = { status: "idle", fieldErrors: {}, values: { cardNumber: "", expiry: "" } };

/** The simulated card form of the test provider: a plain POST without JavaScript; with it, focus goes to the first error. */
export function TestCardForm({ action, amount, words = PAY }: Props) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, INITIAL);

  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[role="alert"], [aria-invalid="true"]')?.focus();
  }, [state]);

  const errors = state.fieldErrors;
  return (
    <form ref={formRef} action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage error={errors.form} />
      <TextField
        id="card-number"
        name="cardNumber"
        label={t("orders.pay.cardNumber")}
        autoComplete="cc-number"
        inputMode="numeric"
        maxLength={23}
        placeholder="4242 4242 4242 4242"
        defaultValue={state.values.cardNumber}
        error={errors.cardNumber}
        required
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          id="card-expiry"
          name="expiry"
          label={t("orders.pay.expiry")}
          autoComplete="cc-exp"
          inputMode="numeric"
          maxLength={7}
          placeholder="12/34"
          defaultValue={state.values.expiry}
          error={errors.expiry}
          required
        />
        <TextField
          id="card-cvc"
          name="cvc"
          label={t("orders.pay.cvc")}
          autoComplete="cc-csc"
          inputMode="numeric"
          maxLength={4}
          placeholder="123"
          error={errors.cvc}
          required
        />
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? t(words.pending) : t(words.submit, { amount })}
      </button>
    </form>
  );
}
