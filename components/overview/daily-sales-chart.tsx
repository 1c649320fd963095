import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { DaySales } from "@/lib/overview/periods";
import { salesChartGeometry, salesSummary, type ChartDirection } from "@/lib/overview/sales-chart";
import { formatAxisAmount, formatDay } from "./format";

/**
 * The daily sales as an SVG drawn on the server (d3 computes the scales and paths: no script in the
 * browser, nothing animated). The image has a title and a description summing it up; the same
 * figures are in a table under "Show the figures". The viewBox scales it to the width (360 px too).
 */
export function DailySalesChart({
  days,
  currency,
  locale,
  direction = "ltr",
  t,
}: {
  days: DaySales[];
  currency: string;
  locale: string;
  direction?: ChartDirection;
  t: Translate;
}) {
  const chart = salesChartGeometry(days, direction);
  const { total, orders, best } = salesSummary(days);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const summary = best
    ? t("overview.chart.summary", {
        total: money(total),
        orders,
        day: formatDay(best.day, locale),
        amount: money(best.sales),
      })
    : t("overview.chart.summaryNone");
  const title =
    days.length > 0
      ? t("overview.chart.imageTitle", {
          from: formatDay(days[0].day, locale),
          to: formatDay(days[days.length - 1].day, locale),
        })
      : t("overview.chart.title");
  return (
    <figure>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby="sales-chart-title sales-chart-desc"
        className="h-auto w-full max-w-3xl rounded-xl border border-stone-200 bg-white"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="sales-chart-title">{title}</title>
        <desc id="sales-chart-desc">{summary}</desc>
        {chart.amountTicks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={chart.plotLeft}
              x2={chart.plotRight}
              y1={tick.y}
              y2={tick.y}
              className="stroke-stone-200"
              strokeWidth={1}
            />
            <text
              x={chart.amountLabelX}
              y={tick.y}
              textAnchor={chart.amountLabelAnchor}
              dominantBaseline="middle"
              className="fill-stone-600"
              fontSize={13}
            >
              {formatAxisAmount(tick.value, currency, locale)}
            </text>
          </g>
        ))}
        <path d={chart.areaPath} className="fill-brand-100" />
        <path d={chart.linePath} fill="none" className="stroke-brand-700" strokeWidth={2} strokeLinejoin="round" />
        <line
          x1={chart.plotLeft}
          x2={chart.plotRight}
          y1={chart.baseline}
          y2={chart.baseline}
          className="stroke-stone-400"
          strokeWidth={1}
        />
        {chart.dayTicks.map((tick, index) => (
          <text
            key={tick.day}
            x={tick.x}
            y={chart.height - 8}
            textAnchor={
              index === 0
                ? direction === "rtl"
                  ? "end"
                  : "start"
                : index === chart.dayTicks.length - 1
                  ? direction === "rtl"
                    ? "start"
                    : "end"
                  : "middle"
            }
            className="fill-stone-600"
            fontSize={13}
          >
            {formatDay(tick.day, locale, "short")}
          </text>
        ))}
      </svg>
      <figcaption className="mt-2 text-stone-700">{summary}</figcaption>
      <details className="mt-3">
        <summary className="cursor-pointer font-medium">{t("overview.chart.showFigures")}</summary>
        <div className="mt-2 max-h-96 overflow-y-auto">
          <table className="w-full text-start tabular-nums">
            <caption className="sr-only">{t("overview.chart.tableCaption")}</caption>
            <thead>
              <tr className="border-b border-stone-200">
                <th scope="col" className="py-1 pe-4 text-start font-medium">
                  {t("overview.chart.day")}
                </th>
                <th scope="col" className="py-1 pe-4 text-end font-medium">
                  {t("overview.chart.orders")}
                </th>
                <th scope="col" className="py-1 text-end font-medium">
                  {t("overview.chart.sales")}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...days].reverse().map((day) => (
                <tr key={day.day} className="border-b border-stone-100">
                  <th scope="row" className="py-1 pe-4 text-start font-normal">
                    <time dateTime={day.day}>{formatDay(day.day, locale)}</time>
                  </th>
                  <td className="py-1 pe-4 text-end">{day.orders}</td>
                  <td className="py-1 text-end">{money(day.sales)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
