import type {
  QualityFieldBounds,
  QualityFieldName,
  QualitySettingsFormValues,
} from "@/components/quality/quality-settings-form";
import { formatPercentInput } from "@/lib/money/parse-percent";
import { qualitySettingsBoundsOf, type QualitySettingsValues } from "@/lib/settings/quality-settings-schema";

/** Each field's bounds for its hint ({min}, {max}), percentages and stars in the viewer's locale. */
export function qualitySettingsFormBounds(locale: string): QualityFieldBounds {
  const bounds = (field: QualityFieldName) =>
    qualitySettingsBoundsOf(field, (value) => formatPercentInput(value, locale));
  const fields: QualityFieldName[] = [
    "qualityWindowDays",
    "qualityMinOrders",
    "qualityMinAcceptanceRateBps",
    "qualityMaxAnswerHours",
    "qualityMaxExpiredRateBps",
    "qualityMaxLateShipmentRateBps",
    "qualityMaxCancellationRateBps",
    "qualityMaxClaimsRateBps",
    "qualityMaxMessageResponseHours",
    "qualityMinRating",
    "qualityAlertPeriodDays",
    "lowStockThreshold",
  ];
  return Object.fromEntries(fields.map((field) => [field, bounds(field)])) as QualityFieldBounds;
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
