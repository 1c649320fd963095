import { z } from "zod";
import { toLatinDigits } from "@/lib/i18n/digits";
import { parsePercent } from "@/lib/money/parse-percent";
import { QUALITY_WINDOWS } from "@/lib/quality/quality-rules";
import { SETTINGS_ERRORS } from "./settings-schema";

// The quality thresholds and the overview's low-stock threshold (docs/trust.md, warnings before
// exclusion; the vendor's overview), as the quality part of the settings page sends them: counts
// and hours as whole numbers, rates as percentages, the minimum rating in stars ("3,5").
// Parsed into the row's units (basis points, hours, hundredths of a star).

export const QUALITY_COUNT_BOUNDS = {
  qualityMinOrders: { min: 1, max: 1000 },
  qualityMaxAnswerHours: { min: 1, max: 720 },
  qualityMaxMessageResponseHours: { min: 1, max: 720 },
  qualityAlertPeriodDays: { min: 7, max: 365 },
  lowStockThreshold: { min: 0, max: 1000 },
} as const;

/** Rates in basis points (100 = 1 %). */
export const QUALITY_RATE_BOUNDS = {
  qualityMinAcceptanceRateBps: { min: 0, max: 10000 },
  qualityMaxExpiredRateBps: { min: 0, max: 10000 },
  qualityMaxLateShipmentRateBps: { min: 0, max: 10000 },
  qualityMaxCancellationRateBps: { min: 0, max: 10000 },
  qualityMaxClaimsRateBps: { min: 0, max: 10000 },
} as const;

/** The minimum average rating, in hundredths of a star (1 to 5 stars). */
export const QUALITY_RATING_BOUNDS = { min: 100, max: 500 } as const;

export const QUALITY_WINDOW_CHOICES = QUALITY_WINDOWS.map(String) as ["30", "90"];

type CountField = keyof typeof QUALITY_COUNT_BOUNDS;
type RateField = keyof typeof QUALITY_RATE_BOUNDS;

export const QUALITY_SETTINGS_ERRORS = {
  ratingRange: "settings.errors.ratingRange",
} as const;

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

function count(field: CountField) {
  const { min, max } = QUALITY_COUNT_BOUNDS[field];
  return text.transform(toLatinDigits).pipe(
    z
      .string()
      .regex(/^\d{1,6}$/, SETTINGS_ERRORS.countRange)
      .transform(Number)
      .pipe(z.number().min(min, SETTINGS_ERRORS.countRange).max(max, SETTINGS_ERRORS.countRange)),
  );
}

/** A percentage or a number of stars with at most two decimals, read as hundredths, within bounds. */
function hundredths(bounds: { min: number; max: number }, message: string) {
  return text.transform((value, context) => {
    const parsed = parsePercent(value);
    if (parsed === null || parsed < bounds.min || parsed > bounds.max) {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return parsed;
  });
}

const rate = (field: RateField) => hundredths(QUALITY_RATE_BOUNDS[field], SETTINGS_ERRORS.rateRange);

export const qualitySettingsSchema = z.object({
  /** when the form was loaded (MarketplaceSettings.updatedAt, ISO); "" before the row exists */
  updatedAt: z.string().max(40),
  qualityWindowDays: z
    .string({ error: SETTINGS_ERRORS.choiceInvalid })
    .pipe(z.enum(QUALITY_WINDOW_CHOICES, { error: SETTINGS_ERRORS.choiceInvalid }))
    .transform(Number),
  qualityMinOrders: count("qualityMinOrders"),
  qualityMinAcceptanceRateBps: rate("qualityMinAcceptanceRateBps"),
  qualityMaxAnswerHours: count("qualityMaxAnswerHours"),
  qualityMaxExpiredRateBps: rate("qualityMaxExpiredRateBps"),
  qualityMaxLateShipmentRateBps: rate("qualityMaxLateShipmentRateBps"),
  qualityMaxCancellationRateBps: rate("qualityMaxCancellationRateBps"),
  qualityMaxClaimsRateBps: rate("qualityMaxClaimsRateBps"),
  qualityMaxMessageResponseHours: count("qualityMaxMessageResponseHours"),
  qualityMinRating: hundredths(QUALITY_RATING_BOUNDS, QUALITY_SETTINGS_ERRORS.ratingRange),
  qualityAlertPeriodDays: count("qualityAlertPeriodDays"),
  lowStockThreshold: count("lowStockThreshold"),
});

export type UpdateQualitySettingsInput = z.input<typeof qualitySettingsSchema>;
export type QualitySettingsValues = Omit<z.output<typeof qualitySettingsSchema>, "updatedAt">;
export type QualitySettingsField = keyof QualitySettingsValues;

/** The figures a quality field's hint and error state ("between {min} and {max}"). */
export function qualitySettingsBoundsOf(
  field: string,
  formatHundredths: (value: number) => string,
): Record<string, string | number> {
  if (field in QUALITY_COUNT_BOUNDS) return { ...QUALITY_COUNT_BOUNDS[field as CountField] };
  if (field in QUALITY_RATE_BOUNDS) {
    const { min, max } = QUALITY_RATE_BOUNDS[field as RateField];
    return { min: formatHundredths(min), max: formatHundredths(max) };
  }
  if (field === "qualityMinRating")
    return { min: formatHundredths(QUALITY_RATING_BOUNDS.min), max: formatHundredths(QUALITY_RATING_BOUNDS.max) };
  return {};
}
