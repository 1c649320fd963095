import type {
  SettingsFieldBounds,
  SettingsFormOptions,
  SettingsFormValues,
} from "@/components/admin/settings/settings-form";
import { weekdayNames } from "@/components/shop-page/weekdays";
import { LOCALES } from "@/lib/i18n/config";
import type { MessageNamespace } from "@/lib/i18n/pick-messages";
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

/** The messages the settings form words itself with (docs/i18n.md, client components' messages). */
export const SETTINGS_FORM_MESSAGES: readonly MessageNamespace[] = [
  "settings.sections",
  "settings.fields",
  "settings.page.contents",
  "settings.page.submit",
  "settings.page.pending",
  "settings.captureMode",
  "settings.paymentFeePassedOn",
  "settings.holdRule",
  "settings.payoutSchedule",
  "locales",
];

/**
 * Each field's bounds as its hint states them (rates and money in the viewer's locale), from the
 * table the schema checks; fields without bounds are left out.
 */
export function settingsFieldBounds(
  values: MarketplaceSettingsValues,
  locale: string,
  currency: string,
): SettingsFieldBounds {
  return Object.fromEntries(
    Object.keys(values)
      .map((field) => [field, settingsBoundsOf(field, locale, currency)] as const)
      .filter(([, bounds]) => Object.keys(bounds).length > 0),
  );
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** The choices the form offers: codes for the form to word, currencies, countries and weekdays named by Intl. */
export function settingsFormOptions(
  locale: string,
  view: Pick<MarketplaceSettingsView, "plans" | "values">,
): SettingsFormOptions {
  const currencyNames = new Intl.DisplayNames([locale], { type: "currency", fallback: "code" });
  const regionNames = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  // Monday first: ISO weekday n is days[n - 1].
  const days = weekdayNames(locale);
  return {
    locales: LOCALES,
    currencies: knownCurrencies().map((code) => ({ value: code, label: `${code} — ${currencyNames.of(code)}` })),
    captureModes: CAPTURE_MODES,
    holdRules: HOLD_RULES,
    payoutSchedules: PAYOUT_SCHEDULES,
    payoutWeekdays: PAYOUT_WEEKDAYS.map((weekday) => ({ value: weekday, label: days[Number(weekday) - 1] })),
    holidayCountries: [...holidayCountryCodes()]
      .map((code) => ({ value: code, label: regionNames.of(code) ?? code }))
      .sort(byLabel),
    plans: view.plans.map((plan) => ({ value: plan.id, label: plan.name })),
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
