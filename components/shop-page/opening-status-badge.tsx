import type { Translate } from "@/lib/i18n/translate";
import type { OpeningStatus } from "@/lib/shops/opening-status";
import { weekdayNames } from "./weekdays";

/** The next change in words: "Closes at 12:30", "Opens tomorrow at 09:00", "Opens Monday at 09:00". */
export function describeNextChange(status: OpeningStatus, locale: string, t: Translate): string {
  const next = status.next;
  if (!next) return t("shopPage.status.noHours");
  if (next.kind === "closes") return t("shopPage.status.closesAt", { time: next.time });
  if (next.daysAhead === 0) return t("shopPage.status.opensAt", { time: next.time });
  if (next.daysAhead === 1) return t("shopPage.status.opensTomorrow", { time: next.time });
  const weekday = weekdayNames(locale)[next.weekday];
  return next.daysAhead === 7
    ? t("shopPage.status.opensNextWeek", { weekday, time: next.time })
    : t("shopPage.status.opensOn", { weekday, time: next.time });
}

type OpeningStatusBadgeProps = { status: OpeningStatus; locale: string; t: Translate };

export function OpeningStatusBadge({ status, locale, t }: OpeningStatusBadgeProps) {
  if (!status.next) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label={t("shopPage.status.label")} role="group">
      <span
        className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold ${status.open ? "bg-green-100 text-green-900" : "bg-stone-200 text-stone-800"}`}
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${status.open ? "bg-green-600" : "bg-stone-500"}`} />
        {status.open ? t("shopPage.status.open") : t("shopPage.status.closed")}
      </span>
      <span className="text-sm text-stone-700">{describeNextChange(status, locale, t)}</span>
    </div>
  );
}
