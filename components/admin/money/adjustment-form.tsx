"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

export type AdjustmentFormValues = { shopId: string; amount: string; reason: string; requestId: string };

export type AdjustmentFormState = FormState<{
  values?: AdjustmentFormValues;
  /** the checked adjustment, in words: the second step asks to confirm it */
  confirm?: { text: string; reason: string };
}>;

type AdjustmentFormProps = {
  action: FormAction<AdjustmentFormState>;
  /** the shops to choose from (a placeholder comes first) */
  shops: { value: string; label: string }[];
  /** the marketplace's currency, named in the amount's label */
  currency: string;
  initial: AdjustmentFormValues;
};

/**
 * A balance adjustment in two steps, without JavaScript too: the form is checked and said back in
 * words ("You are about to credit … to …"), then written only when the operator confirms.
 */
export function AdjustmentForm({ action, shops, currency, initial }: AdjustmentFormProps) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const [state, formAction, pending] = useActionState(action, { status: "idle", fieldErrors: {} });
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? initial;
  useEffect(() => {
    if (state.confirm) confirmRef.current?.focus();
  }, [state]);

  if (state.confirm) {
    return (
      <form action={formAction} className="flex flex-col gap-4 rounded-xl border border-amber-300 bg-amber-50 p-4">
        <h3 ref={confirmRef} tabIndex={-1} className="text-lg font-semibold">
          {t("adminMoney.adjustments.confirmTitle")}
        </h3>
        <p className="text-lg" data-testid="adjustment-confirmation">
          {state.confirm.text}
        </p>
        <p className="break-words text-stone-700">{state.confirm.reason}</p>
        {Object.entries(values).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="flex flex-wrap gap-3">
          <PendingButton
            pending={pending}
            pendingLabel={t("adminMoney.adjustments.confirmPending")}
            className={primaryButton}
            name="intent"
            value="confirm"
          >
            {t("adminMoney.adjustments.confirm")}
          </PendingButton>
          <button type="submit" name="intent" value="edit" className={secondaryButton} disabled={pending}>
            {t("adminMoney.adjustments.edit")}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex max-w-xl flex-col gap-4"
      key={JSON.stringify(values)}
    >
      <FormMessage error={topErrorOf(state)} />
      <input type="hidden" name="requestId" value={values.requestId} />
      <SelectField
        id="adjustment-shopId"
        name="shopId"
        label={t("adminMoney.adjustments.shop")}
        options={[{ value: "", label: t("adminMoney.adjustments.shopPlaceholder") }, ...shops]}
        defaultValue={values.shopId}
        required
        error={state.fieldErrors.shopId}
      />
      <TextField
        id="adjustment-amount"
        name="amount"
        label={t("adminMoney.adjustments.amount", { currency })}
        hint={t("adminMoney.adjustments.amountHint")}
        defaultValue={values.amount}
        inputMode="decimal"
        autoComplete="off"
        required
        maxLength={30}
        error={state.fieldErrors.amount}
      />
      <TextareaField
        id="adjustment-reason"
        name="reason"
        label={t("adminMoney.adjustments.reason")}
        hint={t("adminMoney.adjustments.reasonHint")}
        defaultValue={values.reason}
        maxLength={600}
        rows={3}
        required
        error={state.fieldErrors.reason}
      />
      <input type="hidden" name="intent" value="review" />
      <div>
        <PendingButton pending={pending} pendingLabel={t("adminMoney.adjustments.pending")} className={primaryButton}>
          {t("adminMoney.adjustments.review")}
        </PendingButton>
      </div>
    </form>
  );
}
