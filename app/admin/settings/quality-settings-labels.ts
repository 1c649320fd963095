import type { QualitySettingsFormLabels, QualitySettingsFormValues } from "@/components/quality/quality-settings-form";
import type { Translate } from "@/lib/i18n/translate";
import { formatPercentInput } from "@/lib/money/parse-percent";
import {
  QUALITY_WINDOW_CHOICES,
  qualitySettingsBoundsOf,
  type QualitySettingsValues,
} from "@/lib/settings/quality-settings-schema";

type Field = keyof QualitySettingsFormLabels["fields"];

/** The quality part of the settings page, in the viewer's language; hints carry each field's bounds. */
export function qualitySettingsFormLabels(t: Translate, locale: string): QualitySettingsFormLabels {
  const bounds = (field: Field) => qualitySettingsBoundsOf(field, (value) => formatPercentInput(value, locale));
  const entry = (field: Field) => ({
    label: t(`settings.quality.fields.${field}`),
    hint: t(`settings.quality.fields.${field}Hint`, bounds(field)),
  });
  return {
    title: t("settings.quality.title"),
    intro: t("settings.quality.intro"),
    submit: t("settings.quality.submit"),
    pending: t("settings.page.pending"),
    percent: "%",
    hours: t("settings.quality.hours"),
    days: t("settings.quality.days"),
    stars: t("settings.quality.stars"),
    fields: {
      qualityWindowDays: entry("qualityWindowDays"),
      qualityMinOrders: entry("qualityMinOrders"),
      qualityMinAcceptanceRateBps: entry("qualityMinAcceptanceRateBps"),
      qualityMaxAnswerHours: entry("qualityMaxAnswerHours"),
      qualityMaxExpiredRateBps: entry("qualityMaxExpiredRateBps"),
      qualityMaxLateShipmentRateBps: entry("qualityMaxLateShipmentRateBps"),
      qualityMaxCancellationRateBps: entry("qualityMaxCancellationRateBps"),
      qualityMaxClaimsRateBps: entry("qualityMaxClaimsRateBps"),
      qualityMaxMessageResponseHours: entry("qualityMaxMessageResponseHours"),
      qualityMinRating: entry("qualityMinRating"),
      qualityAlertPeriodDays: entry("qualityAlertPeriodDays"),
      lowStockThreshold: entry("lowStockThreshold"),
    },
    windows: QUALITY_WINDOW_CHOICES.map((days) => ({ value: days, label: t("settings.quality.window", { days }) })),
  };
}

/** The saved values as the form shows them: rates as percentages and the rating in stars, in the viewer's locale. */
export function qualitySettingsFormValues(
  values: QualitySettingsValues,
  updatedAt: string,
  locale: string,
): QualitySettingsFormValues {
  const hundredths = (value: number) => formatPercentInput(value, locale);
  return {
    updatedAt,
    qualityWindowDays: String(values.qualityWindowDays),
    qualityMinOrders: String(values.qualityMinOrders),
    qualityMinAcceptanceRateBps: hundredths(values.qualityMinAcceptanceRateBps),
    qualityMaxAnswerHours: String(values.qualityMaxAnswerHours),
    qualityMaxExpiredRateBps: hundredths(values.qualityMaxExpiredRateBps),
    qualityMaxLateShipmentRateBps: hundredths(values.qualityMaxLateShipmentRateBps),
    qualityMaxCancellationRateBps: hundredths(values.qualityMaxCancellationRateBps),
    qualityMaxClaimsRateBps: hundredths(values.qualityMaxClaimsRateBps),
    qualityMaxMessageResponseHours: String(values.qualityMaxMessageResponseHours),
    qualityMinRating: hundredths(values.qualityMinRating),
    qualityAlertPeriodDays: String(values.qualityAlertPeriodDays),
    lowStockThreshold: String(values.lowStockThreshold),
  };
}

/** The quality form's fields out of the posted FormData, as text; the domain's schema judges them. */
export function readQualitySettingsForm(formData: FormData): QualitySettingsFormValues {
  const text = (name: keyof QualitySettingsFormValues) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    updatedAt: text("updatedAt"),
    qualityWindowDays: text("qualityWindowDays"),
    qualityMinOrders: text("qualityMinOrders"),
    qualityMinAcceptanceRateBps: text("qualityMinAcceptanceRateBps"),
    qualityMaxAnswerHours: text("qualityMaxAnswerHours"),
    qualityMaxExpiredRateBps: text("qualityMaxExpiredRateBps"),
    qualityMaxLateShipmentRateBps: text("qualityMaxLateShipmentRateBps"),
    qualityMaxCancellationRateBps: text("qualityMaxCancellationRateBps"),
    qualityMaxClaimsRateBps: text("qualityMaxClaimsRateBps"),
    qualityMaxMessageResponseHours: text("qualityMaxMessageResponseHours"),
    qualityMinRating: text("qualityMinRating"),
    qualityAlertPeriodDays: text("qualityAlertPeriodDays"),
    lowStockThreshold: text("lowStockThreshold"),
  };
}
