import { formatPercentInput } from "@/lib/money/parse-percent";
import { COUNT_BOUNDS, NAME_MAX_LENGTH, RATE_BOUNDS, type CountField, type RateField } from "./settings-schema";

/**
 * The figures a settings field's hint and error state ("between {min} and {max}"), from the one
 * table the schema checks: rates as percentages in the viewer's locale ("0" and "10"), counts as numbers.
 */
export function settingsBoundsOf(field: string, locale: string): Record<string, string | number> {
  if (field in COUNT_BOUNDS) return { ...COUNT_BOUNDS[field as CountField] };
  if (field in RATE_BOUNDS) {
    const { min, max } = RATE_BOUNDS[field as RateField];
    return { min: formatPercentInput(min, locale), max: formatPercentInput(max, locale) };
  }
  if (field === "name") return { max: NAME_MAX_LENGTH };
  return {};
}
