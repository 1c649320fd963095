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
import { useT } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import type { PlanPayoutSchedule } from "@/lib/plans/plan-schema";

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

type PlanFormProps = {
  action: (previous: PlanFormState, formData: FormData) => Promise<PlanFormState>;
  defaults: PlanFormValues;
  /** the marketplace's currency, named in the monthly fee's label */
  currency: string;
  mode: "create" | "edit";
  /** the terms offered, in months (TERM_MONTHS) */
  termMonths: readonly number[];
  /** the payout schedules a plan may set (PLAN_PAYOUT_SCHEDULES) */
  payoutSchedules: readonly PlanPayoutSchedule[];
  /** the marketplace's payout schedule and weekday, named in the "the marketplace's" choice */
  marketplace: { payoutSchedule: PlanPayoutSchedule; weekdayName: string };
};

/**
 * Creates or edits a plan. Works without JavaScript (the form posts to the server action); after an
 * error the fields keep what was typed and focus moves to the first field in error. Every field is
 * shown whatever the billing: the server ignores the term and discount of a monthly plan.
 */
const HINTED: Partial<Record<Field, MessageKey>> = {
  code: "plans.form.codeHint",
  description: "plans.form.descriptionHint",
  monthlyFee: "plans.form.monthlyFeeHint",
  defaultCommission: "plans.form.defaultCommissionHint",
  commissionFreeSales: "plans.form.commissionFreeSalesHint",
  paymentFeePassThrough: "plans.form.paymentFeePassThroughHint",
  termMonths: "plans.form.termMonthsHint",
  discount: "plans.form.discountHint",
  position: "plans.form.positionHint",
  payoutSchedule: "plans.form.payoutScheduleHint",
};

export function PlanForm({
  action,
  defaults,
  currency,
  mode,
  termMonths,
  payoutSchedules,
  marketplace,
}: PlanFormProps) {
  const t = useT();
  const label = (field: Field) =>
    field === "monthlyFee" ? t("plans.form.monthlyFee", { currency }) : t(`plans.form.${field}`);
  const hint = (field: Field) => {
    const key = HINTED[field];
    return key ? t(key) : undefined;
  };
  const scheduleLabel = (schedule: PlanPayoutSchedule) =>
    t(`settings.payoutSchedule.${schedule}`, { weekday: marketplace.weekdayName });
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<PlanFormState, FormData>(action, IDLE);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? defaults;
  const errors = state.fieldErrors;
  const text = (field: Field, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      id={`plan-${field}`}
      name={field}
      label={label(field)}
      hint={hint(field)}
      defaultValue={values[field] as string}
      error={errors[field]}
      {...extra}
    />
  );
  const checkbox = (field: Field) => (
    <CheckboxField
      id={`plan-${field}`}
      name={field}
      label={label(field)}
      hint={hint(field)}
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
        label={t("plans.form.description")}
        hint={hint("description")}
        defaultValue={values.description}
        maxLength={600}
        rows={3}
        error={errors.description}
      />
      <SelectField
        id="plan-billing"
        name="billing"
        label={t("plans.form.billing")}
        defaultValue={values.billing}
        options={[
          { value: "MONTHLY", label: t("plans.form.billingMonthly") },
          { value: "FIXED_TERM", label: t("plans.form.billingFixedTerm") },
        ]}
        error={errors.billing}
      />
      {text("monthlyFee", { inputMode: "decimal" })}
      <fieldset className="flex flex-col gap-4 rounded-xl border border-stone-200 p-4">
        <legend className="px-1 font-semibold">{t("plans.form.commissionLegend")}</legend>
        {text("defaultCommission", { inputMode: "decimal" })}
        {text("commissionFreeSales", { inputMode: "numeric" })}
        {checkbox("commissionOnShipping")}
        {checkbox("paymentFeePassThrough")}
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-xl border border-stone-200 p-4">
        <legend className="px-1 font-semibold">{t("plans.form.fixedTermLegend")}</legend>
        <SelectField
          id="plan-termMonths"
          name="termMonths"
          label={t("plans.form.termMonths")}
          hint={hint("termMonths")}
          defaultValue={values.termMonths}
          options={termMonths.map((months) => ({
            value: String(months),
            label: t("plans.form.termMonthsOption", { count: months }),
          }))}
          error={errors.termMonths}
        />
        {text("discount", { inputMode: "decimal" })}
      </fieldset>
      <SelectField
        id="plan-payoutSchedule"
        name="payoutSchedule"
        label={t("plans.form.payoutSchedule")}
        hint={hint("payoutSchedule")}
        defaultValue={values.payoutSchedule}
        options={[
          {
            value: "",
            label: t("plans.form.payoutScheduleMarketplace", { schedule: scheduleLabel(marketplace.payoutSchedule) }),
          },
          ...payoutSchedules.map((schedule) => ({ value: schedule, label: scheduleLabel(schedule) })),
        ]}
        error={errors.payoutSchedule}
      />
      {checkbox("premium")}
      {text("position", { inputMode: "numeric" })}
      <div>
        <PendingButton pending={pending} pendingLabel={t("plans.form.pending")} className={primaryButton}>
          {mode === "create" ? t("plans.form.create") : t("plans.form.save")}
        </PendingButton>
      </div>
    </form>
  );
}
