import { formatMoneyInput } from "@/lib/money/parse-money";
import { formatPercentInput } from "@/lib/money/parse-percent";
import {
  COUNT_BOUNDS,
  LEGAL_MAX_LENGTHS,
  MAX_PAYOUT_MINIMUM_AMOUNT,
  NAME_MAX_LENGTH,
  RATE_BOUNDS,
  type CountField,
  type LegalField,
  type RateField,
} from "./settings-schema";

/**
 * The figures a settings field's hint and error state ("between {min} and {max}"), from the one
 * table the schema checks: rates as percentages in the viewer's locale ("0" and "10"), counts as
 * numbers, the payout minimum as money in the marketplace's currency.
 */
export function settingsBoundsOf(field: string, locale: string, currency = "EUR"): Record<string, string | number> {
  if (field in COUNT_BOUNDS) return { ...COUNT_BOUNDS[field as CountField] };
  if (field in RATE_BOUNDS) {
    const { min, max } = RATE_BOUNDS[field as RateField];
    return { min: formatPercentInput(min, locale), max: formatPercentInput(max, locale) };
  }
  if (field in LEGAL_MAX_LENGTHS) return { max: LEGAL_MAX_LENGTHS[field as LegalField] };
  if (field === "payoutMinimumAmount")
    return {
      min: formatMoneyInput(0, locale, currency),
      max: formatMoneyInput(MAX_PAYOUT_MINIMUM_AMOUNT, locale, currency),
    };
  if (field === "name") return { max: NAME_MAX_LENGTH };
  return {};
}
