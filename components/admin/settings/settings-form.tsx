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
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { UpdateMarketplaceSettingsInput } from "@/lib/settings/settings-schema";
import { ChoiceGroup, type Choice } from "./choice-group";
import { UnitField } from "./unit-field";

/** The form's fields as typed: text for numbers, rates and money; what an error sends back. */
export type SettingsFormValues = {
  [K in keyof UpdateMarketplaceSettingsInput]-?: Exclude<UpdateMarketplaceSettingsInput[K], number | undefined>;
};

export type SettingsFormState = FormState<{ values?: SettingsFormValues }>;

export const SETTINGS_SECTIONS = [
  "general",
  "languages",
  "payments",
  "deadlines",
  "payouts",
  "legal",
  "ambassadors",
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

type FieldName = Exclude<keyof SettingsFormValues, "updatedAt">;

export type SettingsFormLabels = {
  sections: Record<SettingsSection, string>;
  contents: string;
  submit: string;
  pending: string;
  fields: Record<FieldName, { label: string; hint?: string }>;
  /** "%" */
  percent: string;
};

export type SettingsFormOptions = {
  locales: Choice[];
  currencies: Choice[];
  captureModes: Choice[];
  paymentFeePassedOn: Choice[];
  holdRules: Choice[];
  payoutSchedules: Choice[];
  /** Monday … Sunday, values "1" … "7" */
  payoutWeekdays: Choice[];
  holidayCountries: Choice[];
  /** the first is "none" (value "") */
  plans: Choice[];
};

type SettingsFormProps = {
  action: FormAction<SettingsFormState>;
  initial: SettingsFormValues;
  labels: SettingsFormLabels;
  options: SettingsFormOptions;
  /** amounts exist in the current currency: shown, not editable */
  currencyLocked: boolean;
};

const INITIAL_STATE: SettingsFormState = { status: "idle", fieldErrors: {} };

/**
 * The operator's marketplace settings, in sections. Posts to the server action (works without
 * JavaScript); after an error the fields keep what was typed and focus moves to the first field
 * in error. The load time travels with the form so that a stale save is refused.
 */
export function SettingsForm({ action, initial, labels, options, currencyLocked }: SettingsFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, INITIAL_STATE);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const field = (name: FieldName) => ({
    id: `settings-${name}`,
    name,
    label: labels.fields[name].label,
    hint: labels.fields[name].hint,
    error: errors[name],
  });
  const percentField = (name: FieldName) => (
    <UnitField {...field(name)} unit={labels.percent} inputMode="decimal" defaultValue={String(values[name])} />
  );
  const countField = (name: FieldName) => (
    <UnitField {...field(name)} inputMode="numeric" defaultValue={String(values[name])} />
  );
  const section = (id: SettingsSection, children: React.ReactNode) => (
    <section
      id={`settings-${id}`}
      aria-labelledby={`settings-${id}-title`}
      className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
    >
      <h2 id={`settings-${id}-title`} className="mb-4 text-xl font-bold">
        {labels.sections[id]}
      </h2>
      <div className="flex flex-col gap-5">{children}</div>
    </section>
  );

  return (
    <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
      <nav aria-label={labels.contents} className="lg:sticky lg:top-4 lg:w-56 lg:shrink-0">
        <h2 className="mb-2 text-sm font-semibold text-stone-600">{labels.contents}</h2>
        <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
          {SETTINGS_SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#settings-${id}`} className="inline-block rounded-md px-2 py-1 hover:bg-stone-100">
                {labels.sections[id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form ref={formRef} action={formAction} noValidate className="flex min-w-0 flex-1 flex-col gap-6">
        <FormMessage error={topErrorOf(state, "updatedAt")} />
        <input type="hidden" name="updatedAt" value={values.updatedAt} />

        {section(
          "general",
          <>
            <TextField {...field("name")} defaultValue={values.name} maxLength={200} autoComplete="off" />
            <SelectField {...field("defaultPlanId")} options={options.plans} defaultValue={values.defaultPlanId} />
            {countField("closedShopGraceMonths")}
          </>,
        )}

        {section(
          "languages",
          <>
            <ChoiceGroup
              {...field("locales")}
              legend={labels.fields.locales.label}
              type="checkbox"
              choices={options.locales}
              checked={values.locales}
            />
            <SelectField {...field("defaultLocale")} options={options.locales} defaultValue={values.defaultLocale} />
            {currencyLocked ? (
              <div className="flex flex-col gap-1">
                <label htmlFor="settings-currency" className="font-medium">
                  {labels.fields.currency.label}
                </label>
                <input
                  id="settings-currency"
                  name="currency"
                  readOnly
                  value={values.currency}
                  aria-describedby="settings-currency-hint"
                  className="block w-full max-w-40 rounded-lg border border-stone-200 bg-stone-100 px-3 py-2 text-stone-700"
                />
                <p id="settings-currency-hint" className="text-sm text-stone-600">
                  {labels.fields.currency.hint}
                </p>
                {errors.currency ? <p className="text-sm font-medium text-red-700">{errors.currency}</p> : null}
              </div>
            ) : (
              <SelectField {...field("currency")} options={options.currencies} defaultValue={values.currency} />
            )}
            <CheckboxField {...field("tomanDisplay")} value="true" defaultChecked={values.tomanDisplay} />
          </>,
        )}

        {section(
          "payments",
          <>
            <ChoiceGroup
              {...field("captureMode")}
              legend={labels.fields.captureMode.label}
              type="radio"
              choices={options.captureModes}
              checked={[values.captureMode]}
            />
            {percentField("paymentFeeBps")}
            <UnitField
              {...field("paymentFeeFixedAmount")}
              unit={values.currency}
              inputMode="decimal"
              defaultValue={values.paymentFeeFixedAmount}
            />
            <ChoiceGroup
              {...field("paymentFeePassedOn")}
              legend={labels.fields.paymentFeePassedOn.label}
              type="radio"
              choices={options.paymentFeePassedOn}
              checked={[String(values.paymentFeePassedOn)]}
            />
            {percentField("feesVatBps")}
          </>,
        )}

        {section(
          "deadlines",
          <>
            {countField("acceptanceDeadlineBusinessDays")}
            {countField("shipDeadlineBusinessDays")}
            {countField("autoConfirmDays")}
            {countField("returnWindowDays")}
            {countField("withdrawalDays")}
            <CheckboxField
              {...field("trackingRequiredForPost")}
              value="true"
              defaultChecked={values.trackingRequiredForPost}
            />
            {percentField("estimatedPriceMarginBps")}
            <SelectField
              {...field("holidayCountry")}
              options={options.holidayCountries}
              defaultValue={values.holidayCountry}
            />
          </>,
        )}

        {section(
          "payouts",
          <>
            <ChoiceGroup
              {...field("holdRule")}
              legend={labels.fields.holdRule.label}
              type="radio"
              choices={options.holdRules}
              checked={[values.holdRule]}
            />
            <SelectField
              {...field("payoutSchedule")}
              options={options.payoutSchedules}
              defaultValue={values.payoutSchedule}
            />
            <SelectField
              {...field("payoutWeekday")}
              options={options.payoutWeekdays}
              defaultValue={values.payoutWeekday}
            />
            <UnitField
              {...field("payoutMinimumAmount")}
              unit={values.currency}
              inputMode="decimal"
              defaultValue={values.payoutMinimumAmount}
            />
            <TextField
              {...field("payoutDebtorIban")}
              defaultValue={values.payoutDebtorIban}
              maxLength={50}
              autoComplete="off"
            />
            <TextField
              {...field("payoutDebtorBic")}
              defaultValue={values.payoutDebtorBic}
              maxLength={20}
              autoComplete="off"
            />
          </>,
        )}

        {section(
          "legal",
          <>
            <TextField {...field("legalName")} defaultValue={values.legalName} maxLength={200} autoComplete="off" />
            <TextareaField {...field("legalAddress")} defaultValue={values.legalAddress} maxLength={400} rows={3} />
            <TextField
              {...field("legalRegistrationNumber")}
              defaultValue={values.legalRegistrationNumber}
              maxLength={120}
              autoComplete="off"
            />
            <TextField
              {...field("legalVatNumber")}
              defaultValue={values.legalVatNumber}
              maxLength={60}
              autoComplete="off"
            />
          </>,
        )}

        {section(
          "ambassadors",
          <>
            <CheckboxField {...field("ambassadorsEnabled")} value="true" defaultChecked={values.ambassadorsEnabled} />
            {percentField("ambassadorShareBps")}
            {countField("ambassadorCookieDays")}
          </>,
        )}

        <div className="sticky bottom-0 -mx-4 border-t border-stone-200 bg-white/95 px-4 py-3 sm:mx-0 sm:rounded-xl sm:border">
          <PendingButton pending={pending} pendingLabel={labels.pending} className={primaryButton}>
            {labels.submit}
          </PendingButton>
        </div>
      </form>
    </div>
  );
}
