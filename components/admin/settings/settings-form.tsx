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
import { useT } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey } from "@/lib/i18n/translate";
import type {
  CAPTURE_MODES,
  HOLD_RULES,
  PAYOUT_SCHEDULES,
  UpdateMarketplaceSettingsInput,
} from "@/lib/settings/settings-schema";
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

export type SettingsFieldName = Exclude<keyof SettingsFormValues, "updatedAt">;
type FieldName = SettingsFieldName;

/**
 * The figures a field's hint states ({min}, {max}), written on the server in the viewer's locale
 * (settingsBoundsOf: the schema module is too heavy for the browser).
 */
export type SettingsFieldBounds = Partial<Record<FieldName, Record<string, string | number>>>;

/**
 * What the form offers. Codes are worded by the form (useT); currencies, countries and weekdays
 * are named on the server by Intl (so the server's and the browser's ICU data cannot disagree at
 * hydration), plans by their operator.
 */
export type SettingsFormOptions = {
  locales: readonly Locale[];
  /** "EUR — euro" */
  currencies: Choice[];
  captureModes: typeof CAPTURE_MODES;
  holdRules: typeof HOLD_RULES;
  payoutSchedules: typeof PAYOUT_SCHEDULES;
  /** Monday … Sunday, values "1" … "7" */
  payoutWeekdays: Choice[];
  holidayCountries: Choice[];
  /** the active plans; the form adds "none" (value "") first */
  plans: Choice[];
};

// The hint under each field (settings.fields.*); fields absent here have none.
const HINTS: Partial<Record<FieldName, MessageKey>> = {
  name: "settings.fields.nameHint",
  defaultPlanId: "settings.fields.defaultPlanHint",
  closedShopGraceMonths: "settings.fields.closedShopGraceMonthsHint",
  defaultLocale: "settings.fields.defaultLocaleHint",
  locales: "settings.fields.localesHint",
  currency: "settings.fields.currencyHint",
  paymentFeeBps: "settings.fields.paymentFeeBpsHint",
  paymentFeeFixedAmount: "settings.fields.paymentFeeFixedAmountHint",
  feesVatBps: "settings.fields.feesVatBpsHint",
  acceptanceDeadlineBusinessDays: "settings.fields.acceptanceDeadlineBusinessDaysHint",
  shipDeadlineBusinessDays: "settings.fields.shipDeadlineBusinessDaysHint",
  autoConfirmDays: "settings.fields.autoConfirmDaysHint",
  returnWindowDays: "settings.fields.returnWindowDaysHint",
  withdrawalDays: "settings.fields.withdrawalDaysHint",
  estimatedPriceMarginBps: "settings.fields.estimatedPriceMarginBpsHint",
  holidayCountry: "settings.fields.holidayCountryHint",
  payoutSchedule: "settings.fields.payoutScheduleHint",
  payoutWeekday: "settings.fields.payoutWeekdayHint",
  payoutMinimumAmount: "settings.fields.payoutMinimumAmountHint",
  payoutDebtorIban: "settings.fields.payoutDebtorIbanHint",
  payoutDebtorBic: "settings.fields.payoutDebtorBicHint",
  legalName: "settings.fields.legalNameHint",
  legalAddress: "settings.fields.legalAddressHint",
  legalRegistrationNumber: "settings.fields.legalRegistrationNumberHint",
  legalVatNumber: "settings.fields.legalVatNumberHint",
  tomanDisplay: "settings.fields.tomanDisplayHint",
  ambassadorsEnabled: "settings.fields.ambassadorsEnabledHint",
  ambassadorShareBps: "settings.fields.ambassadorShareBpsHint",
  ambassadorCookieDays: "settings.fields.ambassadorCookieDaysHint",
};

const PAYMENT_FEE_PASSED_ON = ["true", "false"] as const;

type SettingsFormProps = {
  action: FormAction<SettingsFormState>;
  initial: SettingsFormValues;
  bounds: SettingsFieldBounds;
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
export function SettingsForm({ action, initial, bounds, options, currencyLocked }: SettingsFormProps) {
  const t = useT();
  // Labels and hints name the saved currency (the one amounts are stored in).
  const currency = initial.currency;
  const label = (name: FieldName) => t(`settings.fields.${name}`, { currency });
  const hint = (name: FieldName) => {
    if (name === "currency" && currencyLocked) return t("settings.fields.currencyLockedHint");
    const key = HINTS[name];
    return key ? t(key, { ...bounds[name], currency }) : undefined;
  };
  const choices = <V extends string>(
    values: readonly V[],
    word: (value: V) => string,
    explain?: (value: V) => string,
  ): Choice[] => values.map((value) => ({ value, label: word(value), hint: explain?.(value) }));
  // WEEKLY names the saved weekday: what the run does (docs/payouts.md, schedules).
  const weekday = options.payoutWeekdays.find((day) => day.value === initial.payoutWeekday)?.label ?? "";
  const choice = {
    locales: choices(options.locales, (code) => t(`locales.${code}`)),
    captureModes: choices(
      options.captureModes,
      (mode) => t(`settings.captureMode.${mode}`),
      (mode) => t(`settings.captureMode.${mode}Hint`),
    ),
    paymentFeePassedOn: choices(
      PAYMENT_FEE_PASSED_ON,
      (value) => t(`settings.paymentFeePassedOn.${value}`),
      (value) => t(`settings.paymentFeePassedOn.${value}Hint`),
    ),
    holdRules: choices(
      options.holdRules,
      (rule) => t(`settings.holdRule.${rule}`),
      (rule) => t(`settings.holdRule.${rule}Hint`),
    ),
    payoutSchedules: choices(options.payoutSchedules, (schedule) =>
      t(`settings.payoutSchedule.${schedule}`, { weekday }),
    ),
    plans: [{ value: "", label: t("settings.fields.defaultPlanNone") }, ...options.plans],
  };
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, INITIAL_STATE);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const field = (name: FieldName) => ({
    id: `settings-${name}`,
    name,
    label: label(name),
    hint: hint(name),
    error: errors[name],
  });
  const percentField = (name: FieldName) => (
    <UnitField {...field(name)} unit="%" inputMode="decimal" defaultValue={String(values[name])} />
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
        {t(`settings.sections.${id}`)}
      </h2>
      <div className="flex flex-col gap-5">{children}</div>
    </section>
  );

  return (
    <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
      <nav aria-label={t("settings.page.contents")} className="lg:sticky lg:top-4 lg:w-56 lg:shrink-0">
        <h2 className="mb-2 text-sm font-semibold text-stone-600">{t("settings.page.contents")}</h2>
        <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
          {SETTINGS_SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#settings-${id}`} className="inline-block rounded-md px-2 py-1 hover:bg-stone-100">
                {t(`settings.sections.${id}`)}
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
            <SelectField {...field("defaultPlanId")} options={choice.plans} defaultValue={values.defaultPlanId} />
            {countField("closedShopGraceMonths")}
          </>,
        )}

        {section(
          "languages",
          <>
            <ChoiceGroup
              {...field("locales")}
              legend={label("locales")}
              type="checkbox"
              choices={choice.locales}
              checked={values.locales}
            />
            <SelectField {...field("defaultLocale")} options={choice.locales} defaultValue={values.defaultLocale} />
            {currencyLocked ? (
              <div className="flex flex-col gap-1">
                <label htmlFor="settings-currency" className="font-medium">
                  {label("currency")}
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
                  {hint("currency")}
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
              legend={label("captureMode")}
              type="radio"
              choices={choice.captureModes}
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
              legend={label("paymentFeePassedOn")}
              type="radio"
              choices={choice.paymentFeePassedOn}
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
              legend={label("holdRule")}
              type="radio"
              choices={choice.holdRules}
              checked={[values.holdRule]}
            />
            <SelectField
              {...field("payoutSchedule")}
              options={choice.payoutSchedules}
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
          <PendingButton pending={pending} pendingLabel={t("settings.page.pending")} className={primaryButton}>
            {t("settings.page.submit")}
          </PendingButton>
        </div>
      </form>
    </div>
  );
}
