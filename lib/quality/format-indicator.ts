// How an indicator's figure reads (docs/trust.md, quality indicators): shared by the pages and the
// e-mails, so that a warning states the figures exactly as the dashboard shows them.
import type { Translate } from "@/lib/i18n/translate";
import { INDICATOR_UNITS, type QualityIndicator } from "./quality-rules";

/** A figure in the indicator's unit (basis points, minutes, hundredths of a star) as text; "—" when null. */
export function formatIndicatorValue(
  key: QualityIndicator,
  value: number | null,
  t: Translate,
  locale: string,
): string {
  if (value === null) return t("quality.units.none");
  const unit = INDICATOR_UNITS[key];
  if (unit === "bps")
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value / 10000);
  if (unit === "hundredths")
    return t("quality.units.stars", {
      value: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value / 100),
    });
  const hours = Math.floor(value / 60);
  const minutes = value % 60;
  if (hours === 0) return t("quality.units.minutes", { minutes });
  return minutes === 0 ? t("quality.units.hours", { hours }) : t("quality.units.hoursMinutes", { hours, minutes });
}
