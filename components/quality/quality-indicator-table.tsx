import { formatIndicatorValue } from "@/lib/quality/format-indicator";
import type { Translate } from "@/lib/i18n/translate";
import type { IndicatorJudgement } from "@/lib/quality/quality-rules";
import { QualityStatus } from "./quality-status";

/** One window's indicators: the shop's figure beside the marketplace's threshold, and the status. */
export function QualityIndicatorTable({
  judgements,
  caption,
  t,
  locale,
}: {
  judgements: IndicatorJudgement[];
  caption: string;
  t: Translate;
  locale: string;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("quality.dashboard.table.indicator")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("quality.dashboard.table.value")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("quality.dashboard.table.threshold")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("quality.dashboard.table.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {judgements.map((judgement) => (
            <tr key={judgement.key} className="border-t border-stone-200 align-top">
              <th scope="row" className="px-3 py-2 text-start font-medium">
                {t(`quality.indicators.${judgement.key}`)}
              </th>
              <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                {formatIndicatorValue(judgement.key, judgement.value, t, locale)}
              </td>
              <td className="px-3 py-2 text-end whitespace-nowrap text-stone-700">
                {t(`quality.bounds.${judgement.bound}`, {
                  threshold: formatIndicatorValue(judgement.key, judgement.threshold, t, locale),
                })}
              </td>
              <td className="px-3 py-2">
                <QualityStatus status={judgement.status} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
