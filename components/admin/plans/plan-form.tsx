"use client";

import { useActionState, useRef } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** The plan form's values as typed (money and rates as text, in the operator's locale). */
export type PlanFormValues = {
  code: string;
  name: string;
  description: string;
  billing: "MONTHLY" | "FIXED_TERM";
  monthlyFee: string;
  defaultCommission: string;
  commissionFreeSales: string;
  commissionOnShipping: boolean;
  paymentFeePassThrough: boolean;
  termMonths: string;
  discount: string;
  premium: boolean;
  position: string;
  /** "" for the marketplace's schedule, else a PayoutSchedule */
  payoutSchedule: string;
};

export type PlanFormState = FormState<{ values?: PlanFormValues }>;

type Field = keyof PlanFormValues;

export type PlanFormLabels = Record<Field, string> & {
  hints: Partial<Record<Field, string>>;
  billingMonthly: string;
  billingFixedTerm: string;
  termMonthsOptions: { value: string; label: string }[];
  /** the first is the marketplace's (value "") */
  payoutScheduleOptions: { value: string; label: string }[];
  fixedTermLegend: string;
  commissionLegend: string;
  submit: string;
  pending: string;
};

type PlanFormProps = {
  action: (previous: PlanFormState, formData: FormData) => Promise<PlanFormState>;
  labels: PlanFormLabels;
  defaults: PlanFormValues;
};

/**
 * Creates or edits a plan. Works without JavaScript (the form posts to the server action); after an
 * error the fields keep what was typed and focus moves to the first field in error. Every field is
 * shown whatever the billing: the server ignores the term and discount of a monthly plan.
 */
export function PlanForm({ action, labels, defaults }: PlanFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<PlanFormState, FormData>(action, IDLE);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? defaults;
  const errors = state.fieldErrors;
  const text = (field: Field, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      id={`plan-${field}`}
      name={field}
      label={labels[field]}
      hint={labels.hints[field]}
      defaultValue={values[field] as string}
      error={errors[field]}
      {...extra}
    />
  );
  const checkbox = (field: Field) => (
    <CheckboxField
      id={`plan-${field}`}
      name={field}
      label={labels[field]}
      hint={labels.hints[field]}
      defaultChecked={values[field] as boolean}
      error={errors[field]}
    />
  );
  // The key remounts the fields when the server sends values back, so defaultValue shows them.
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      key={JSON.stringify(values)}
    >
      <FormMessage error={topErrorOf(state)} />
      {text("name", { required: true, maxLength: 80 })}
      {text("code", { required: true, maxLength: 40, autoComplete: "off" })}
      <TextareaField
        id="plan-description"
        name="description"
        label={labels.description}
        hint={labels.hints.description}
        defaultValue={values.description}
        maxLength={600}
        rows={3}
        error={errors.description}
      />
      <SelectField
        id="plan-billing"
        name="billing"
        label={labels.billing}
        defaultValue={values.billing}
        options={[
          { value: "MONTHLY", label: labels.billingMonthly },
          { value: "FIXED_TERM", label: labels.billingFixedTerm },
        ]}
        error={errors.billing}
      />
      {text("monthlyFee", { inputMode: "decimal" })}
      <fieldset className="flex flex-col gap-4 rounded-xl border border-stone-200 p-4">
        <legend className="px-1 font-semibold">{labels.commissionLegend}</legend>
        {text("defaultCommission", { inputMode: "decimal" })}
        {text("commissionFreeSales", { inputMode: "numeric" })}
        {checkbox("commissionOnShipping")}
        {checkbox("paymentFeePassThrough")}
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-xl border border-stone-200 p-4">
        <legend className="px-1 font-semibold">{labels.fixedTermLegend}</legend>
        <SelectField
          id="plan-termMonths"
          name="termMonths"
          label={labels.termMonths}
          hint={labels.hints.termMonths}
          defaultValue={values.termMonths}
          options={labels.termMonthsOptions}
          error={errors.termMonths}
        />
        {text("discount", { inputMode: "decimal" })}
      </fieldset>
      <SelectField
        id="plan-payoutSchedule"
        name="payoutSchedule"
        label={labels.payoutSchedule}
        hint={labels.hints.payoutSchedule}
        defaultValue={values.payoutSchedule}
        options={labels.payoutScheduleOptions}
        error={errors.payoutSchedule}
      />
      {checkbox("premium")}
      {text("position", { inputMode: "numeric" })}
      <div>
        <PendingButton pending={pending} pendingLabel={labels.pending} className={primaryButton}>
          {labels.submit}
        </PendingButton>
      </div>
    </form>
  );
}
