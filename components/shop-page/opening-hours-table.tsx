import type { Translate } from "@/lib/i18n/translate";
import type { OpeningHours } from "@/lib/shops/opening-hours";
import type { OpeningStatus } from "@/lib/shops/opening-status";
import { weekdayNames } from "./weekdays";

type OpeningHoursTableProps = { hours: OpeningHours; status: OpeningStatus; locale: string; t: Translate };

/** The week's hours, today's row marked (aria-current and a visible "today" label). */
export function OpeningHoursTable({ hours, status, locale, t }: OpeningHoursTableProps) {
  const names = weekdayNames(locale);
  if (status.next === null) return <p className="text-stone-700">{t("shopPage.hours.notGiven")}</p>;
  return (
    <table className="w-full text-start">
      <caption className="sr-only">{t("shopPage.hours.title")}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("shopPage.hours.day")}</th>
          <th scope="col">{t("shopPage.hours.hours")}</th>
        </tr>
      </thead>
      <tbody>
        {hours.map((ranges, day) => {
          const isToday = day === status.today;
          return (
            <tr
              key={day}
              aria-current={isToday ? "date" : undefined}
              className={isToday ? "bg-brand-50 font-semibold" : "border-t border-stone-100"}
            >
              <th scope="row" className="py-1.5 ps-2 pe-3 text-start font-medium capitalize">
                {names[day]}
                {isToday ? (
                  <span className="ms-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-medium text-white normal-case">
                    {t("shopPage.hours.today")}
                  </span>
                ) : null}
              </th>
              <td className="py-1.5 pe-2 text-end tabular-nums">
                {ranges.length === 0
                  ? t("shopPage.hours.closed")
                  : ranges.map((range, index) => (
                      <span key={range.open} className="block whitespace-nowrap sm:inline">
                        {index > 0 ? <span className="hidden sm:inline">, </span> : null}
                        {t("shopPage.hours.range", { open: range.open, close: range.close })}
                      </span>
                    ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
