import type {
  SettingsFormLabels,
  SettingsFormOptions,
  SettingsFormValues,
} from "@/components/admin/settings/settings-form";
import { weekdayNames } from "@/components/shop-page/weekdays";
import { LOCALES } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { knownCurrencies } from "@/lib/money/currency";
import type { MarketplaceSettingsView } from "@/lib/settings/get-marketplace-settings";
import { settingsBoundsOf } from "@/lib/settings/settings-bounds";
import {
  CAPTURE_MODES,
  HOLD_RULES,
  holidayCountryCodes,
  PAYOUT_SCHEDULES,
  PAYOUT_WEEKDAYS,
  type MarketplaceSettingsValues,
} from "@/lib/settings/settings-schema";

type Field = keyof SettingsFormLabels["fields"];

/** The settings form's words, in the viewer's language; hints carry each field's bounds. */
export function settingsFormLabels(t: Translate, locale: string, currency: string): SettingsFormLabels {
  const hint = (key: Parameters<Translate>[0], field: Field) =>
    t(key, { ...settingsBoundsOf(field, locale, currency), currency });
  const fields: SettingsFormLabels["fields"] = {
    name: { label: t("settings.fields.name"), hint: hint("settings.fields.nameHint", "name") },
    defaultPlanId: { label: t("settings.fields.defaultPlanId"), hint: t("settings.fields.defaultPlanHint") },
    closedShopGraceMonths: {
      label: t("settings.fields.closedShopGraceMonths"),
      hint: hint("settings.fields.closedShopGraceMonthsHint", "closedShopGraceMonths"),
    },
    defaultLocale: { label: t("settings.fields.defaultLocale"), hint: t("settings.fields.defaultLocaleHint") },
    locales: { label: t("settings.fields.locales"), hint: t("settings.fields.localesHint") },
    currency: { label: t("settings.fields.currency"), hint: t("settings.fields.currencyHint") },
    captureMode: { label: t("settings.fields.captureMode") },
    paymentFeeBps: {
      label: t("settings.fields.paymentFeeBps"),
      hint: hint("settings.fields.paymentFeeBpsHint", "paymentFeeBps"),
    },
    paymentFeeFixedAmount: {
      label: t("settings.fields.paymentFeeFixedAmount", { currency }),
      hint: t("settings.fields.paymentFeeFixedAmountHint"),
    },
    paymentFeePassedOn: { label: t("settings.fields.paymentFeePassedOn") },
    feesVatBps: { label: t("settings.fields.feesVatBps"), hint: hint("settings.fields.feesVatBpsHint", "feesVatBps") },
    acceptanceDeadlineBusinessDays: {
      label: t("settings.fields.acceptanceDeadlineBusinessDays"),
      hint: hint("settings.fields.acceptanceDeadlineBusinessDaysHint", "acceptanceDeadlineBusinessDays"),
    },
    shipDeadlineBusinessDays: {
      label: t("settings.fields.shipDeadlineBusinessDays"),
      hint: hint("settings.fields.shipDeadlineBusinessDaysHint", "shipDeadlineBusinessDays"),
    },
    autoConfirmDays: {
      label: t("settings.fields.autoConfirmDays"),
      hint: hint("settings.fields.autoConfirmDaysHint", "autoConfirmDays"),
    },
    returnWindowDays: {
      label: t("settings.fields.returnWindowDays"),
      hint: hint("settings.fields.returnWindowDaysHint", "returnWindowDays"),
    },
    withdrawalDays: {
      label: t("settings.fields.withdrawalDays"),
      hint: hint("settings.fields.withdrawalDaysHint", "withdrawalDays"),
    },
    trackingRequiredForPost: { label: t("settings.fields.trackingRequiredForPost") },
    estimatedPriceMarginBps: {
      label: t("settings.fields.estimatedPriceMarginBps"),
      hint: hint("settings.fields.estimatedPriceMarginBpsHint", "estimatedPriceMarginBps"),
    },
    holidayCountry: { label: t("settings.fields.holidayCountry"), hint: t("settings.fields.holidayCountryHint") },
    holdRule: { label: t("settings.fields.holdRule") },
    payoutSchedule: { label: t("settings.fields.payoutSchedule"), hint: t("settings.fields.payoutScheduleHint") },
    payoutWeekday: { label: t("settings.fields.payoutWeekday"), hint: t("settings.fields.payoutWeekdayHint") },
    payoutMinimumAmount: {
      label: t("settings.fields.payoutMinimumAmount", { currency }),
      hint: hint("settings.fields.payoutMinimumAmountHint", "payoutMinimumAmount"),
    },
    payoutDebtorIban: { label: t("settings.fields.payoutDebtorIban"), hint: t("settings.fields.payoutDebtorIbanHint") },
    payoutDebtorBic: { label: t("settings.fields.payoutDebtorBic"), hint: t("settings.fields.payoutDebtorBicHint") },
    legalName: { label: t("settings.fields.legalName"), hint: hint("settings.fields.legalNameHint", "legalName") },
    legalAddress: {
      label: t("settings.fields.legalAddress"),
      hint: hint("settings.fields.legalAddressHint", "legalAddress"),
    },
    legalRegistrationNumber: {
      label: t("settings.fields.legalRegistrationNumber"),
      hint: hint("settings.fields.legalRegistrationNumberHint", "legalRegistrationNumber"),
    },
    legalVatNumber: {
      label: t("settings.fields.legalVatNumber"),
      hint: hint("settings.fields.legalVatNumberHint", "legalVatNumber"),
    },
    tomanDisplay: {
      label: t("settings.fields.tomanDisplay"),
      hint: t("settings.fields.tomanDisplayHint"),
    },
    ambassadorsEnabled: {
      label: t("settings.fields.ambassadorsEnabled"),
      hint: t("settings.fields.ambassadorsEnabledHint"),
    },
    ambassadorShareBps: {
      label: t("settings.fields.ambassadorShareBps"),
      hint: hint("settings.fields.ambassadorShareBpsHint", "ambassadorShareBps"),
    },
    ambassadorCookieDays: {
      label: t("settings.fields.ambassadorCookieDays"),
      hint: hint("settings.fields.ambassadorCookieDaysHint", "ambassadorCookieDays"),
    },
  };
  return {
    sections: {
      general: t("settings.sections.general"),
      languages: t("settings.sections.languages"),
      payments: t("settings.sections.payments"),
      deadlines: t("settings.sections.deadlines"),
      payouts: t("settings.sections.payouts"),
      legal: t("settings.sections.legal"),
      ambassadors: t("settings.sections.ambassadors"),
    },
    contents: t("settings.page.contents"),
    submit: t("settings.page.submit"),
    pending: t("settings.page.pending"),
    percent: "%",
    fields,
  };
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** The choices the form offers: languages, currencies and countries named in the viewer's language. */
export function settingsFormOptions(
  t: Translate,
  locale: string,
  view: Pick<MarketplaceSettingsView, "plans" | "values">,
): SettingsFormOptions {
  const currencyNames = new Intl.DisplayNames([locale], { type: "currency", fallback: "code" });
  const regionNames = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  // Monday first: ISO weekday n is days[n - 1].
  const days = weekdayNames(locale);
  return {
    locales: LOCALES.map((code) => ({ value: code, label: t(`locales.${code}`) })),
    currencies: knownCurrencies().map((code) => ({ value: code, label: `${code} — ${currencyNames.of(code)}` })),
    captureModes: CAPTURE_MODES.map((mode) => ({
      value: mode,
      label: t(`settings.captureMode.${mode}`),
      hint: t(`settings.captureMode.${mode}Hint`),
    })),
    paymentFeePassedOn: (["true", "false"] as const).map((value) => ({
      value,
      label: t(`settings.paymentFeePassedOn.${value}`),
      hint: t(`settings.paymentFeePassedOn.${value}Hint`),
    })),
    holdRules: HOLD_RULES.map((rule) => ({
      value: rule,
      label: t(`settings.holdRule.${rule}`),
      hint: t(`settings.holdRule.${rule}Hint`),
    })),
    // WEEKLY names the saved weekday: what the run does (docs/payouts.md, schedules).
    payoutSchedules: PAYOUT_SCHEDULES.map((schedule) => ({
      value: schedule,
      label: t(`settings.payoutSchedule.${schedule}`, { weekday: days[view.values.payoutWeekday - 1] }),
    })),
    payoutWeekdays: PAYOUT_WEEKDAYS.map((weekday) => ({ value: weekday, label: days[Number(weekday) - 1] })),
    holidayCountries: [...holidayCountryCodes()]
      .map((code) => ({ value: code, label: regionNames.of(code) ?? code }))
      .sort(byLabel),
    plans: [
      { value: "", label: t("settings.fields.defaultPlanNone") },
      ...view.plans.map((plan) => ({ value: plan.id, label: plan.name })),
    ],
  };
}

/** The saved settings as the form shows them: rates as percentages, the fee as money, in the viewer's locale. */
export function settingsFormValues(
  values: MarketplaceSettingsValues,
  updatedAt: string,
  format: { percent: (bps: number) => string; money: (amount: number) => string },
): SettingsFormValues {
  return {
    ...values,
    updatedAt,
    acceptanceDeadlineBusinessDays: String(values.acceptanceDeadlineBusinessDays),
    shipDeadlineBusinessDays: String(values.shipDeadlineBusinessDays),
    autoConfirmDays: String(values.autoConfirmDays),
    returnWindowDays: String(values.returnWindowDays),
    withdrawalDays: String(values.withdrawalDays),
    ambassadorCookieDays: String(values.ambassadorCookieDays),
    closedShopGraceMonths: String(values.closedShopGraceMonths),
    paymentFeeBps: format.percent(values.paymentFeeBps),
    feesVatBps: format.percent(values.feesVatBps),
    estimatedPriceMarginBps: format.percent(values.estimatedPriceMarginBps),
    ambassadorShareBps: format.percent(values.ambassadorShareBps),
    paymentFeeFixedAmount: format.money(values.paymentFeeFixedAmount),
    payoutMinimumAmount: format.money(values.payoutMinimumAmount),
    payoutWeekday: String(values.payoutWeekday),
    defaultPlanId: values.defaultPlanId ?? "",
  };
}
