import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { PeriodFigures as Figures } from "@/lib/overview/get-vendor-overview";

type Period = "today" | "week" | "month";

const SINCE: Record<Period, "overview.figures.weekSince" | "overview.figures.monthSince" | null> = {
  today: null,
  week: "overview.figures.weekSince",
  month: "overview.figures.monthSince",
};

/** Today, this week and this month: each a card whose figures are a description list (read as text). */
export function PeriodFigureCards({
  figures,
  currency,
  locale,
  t,
}: {
  figures: Record<Period, Figures>;
  currency: string;
  locale: string;
  t: Translate;
}) {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <>
      <ul className="grid gap-4 md:grid-cols-3">
        {(["today", "week", "month"] as const).map((period) => {
          const since = SINCE[period];
          const data = figures[period];
          return (
            <li key={period} className="rounded-xl border border-stone-200 bg-white p-4">
              <h3 className="font-semibold" id={`figures-${period}`}>
                {t(`overview.figures.${period}`)}
                {since ? <span className="ms-2 text-sm font-normal text-stone-600">{t(since)}</span> : null}
              </h3>
              <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3" aria-labelledby={`figures-${period}`}>
                <Figure label={t("overview.figures.orders")} value={String(data.orders)} testId={`${period}-orders`} />
                <Figure label={t("overview.figures.sales")} value={money(data.sales)} testId={`${period}-sales`} />
                <Figure
                  label={t("overview.figures.averageBasket")}
                  value={data.averageBasket === null ? t("overview.figures.noBasket") : money(data.averageBasket)}
                  srValue={data.averageBasket === null ? t("overview.figures.noBasketLabel") : undefined}
                  testId={`${period}-basket`}
                />
                <Figure
                  label={t("overview.figures.netEarned")}
                  value={money(data.netEarned)}
                  testId={`${period}-net`}
                />
              </dl>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-sm text-stone-600">{t("overview.figures.explain")}</p>
    </>
  );
}

function Figure({ label, value, srValue, testId }: { label: string; value: string; srValue?: string; testId: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-lg font-semibold break-words tabular-nums" data-testid={testId}>
        {srValue ? (
          <>
            <span aria-hidden="true">{value}</span>
            <span className="sr-only">{srValue}</span>
          </>
        ) : (
          value
        )}
      </dd>
    </div>
  );
}
