import { formatIndicatorValue } from "@/lib/quality/format-indicator";
import type { Translate } from "@/lib/i18n/translate";
import type { AlertIndicator } from "@/lib/quality/alert-figures";

/** The indicators an alert reported, each with its figure and threshold. */
export function AlertIndicatorList({
  indicators,
  t,
  locale,
}: {
  indicators: AlertIndicator[];
  t: Translate;
  locale: string;
}) {
  return (
    <ul className="ms-5 list-disc text-sm">
      {indicators.map(({ key, value, threshold }) => (
        <li key={key}>
          {t("quality.emails.indicatorLine", {
            indicator: t(`quality.indicators.${key}`),
            value: formatIndicatorValue(key, value, t, locale),
            threshold: formatIndicatorValue(key, threshold, t, locale),
          })}
        </li>
      ))}
    </ul>
  );
}
