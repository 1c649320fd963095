import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatIndicatorValue } from "@/lib/quality/format-indicator";
import type { QualityTableRow } from "@/lib/quality/list-shop-quality";
import type { QualityIndicator } from "@/lib/quality/quality-rules";
import type { QualitySort, SortDirection } from "@/lib/quality/schemas";

/** Each sortable column: its sort key and, for a figure, the indicator whose unit it reads in. */
const COLUMNS: { sort: QualitySort; indicator?: QualityIndicator }[] = [
  { sort: "shop" },
  { sort: "ordersCount" },
  { sort: "acceptanceRateBps", indicator: "acceptanceRate" },
  { sort: "answerTimeMinutes", indicator: "answerTime" },
  { sort: "expiredRateBps", indicator: "expiredRate" },
  { sort: "lateShipmentRateBps", indicator: "lateShipmentRate" },
  { sort: "vendorCancellationRateBps", indicator: "vendorCancellationRate" },
  { sort: "claimsRateBps", indicator: "claimsRate" },
  { sort: "messageResponseMinutes", indicator: "messageResponse" },
  { sort: "ratingAverage", indicator: "rating" },
];

type Props = {
  rows: QualityTableRow[];
  sort: QualitySort;
  direction: SortDirection;
  windowDays: number;
  /** the URL of the table sorted by a column, in a direction */
  sortHref: (sort: QualitySort, direction: SortDirection) => string;
  t: Translate;
  locale: string;
};

/**
 * Every shop's indicators for one window, sorted on the server: each column heading is a link that
 * sorts by it (again to reverse), and says the current order to assistive technology (aria-sort).
 */
export function QualityShopTable({ rows, sort, direction, windowDays, sortHref, t, locale }: Props) {
  const columnLabel = (column: (typeof COLUMNS)[number]) =>
    column.indicator
      ? t(`quality.indicators.${column.indicator}`)
      : t(`quality.admin.columns.${column.sort as "shop" | "ordersCount"}`);
  const current = COLUMNS.find((column) => column.sort === sort) ?? COLUMNS[0];
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">
          {t("quality.admin.tableCaption", {
            days: windowDays,
            column: columnLabel(current),
            direction: direction === "asc" ? t("quality.admin.ascending") : t("quality.admin.descending"),
          })}
        </caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            {COLUMNS.map((column) => {
              const active = column.sort === sort;
              const next: SortDirection = active && direction === "asc" ? "desc" : "asc";
              return (
                <th
                  key={column.sort}
                  scope="col"
                  aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}
                  className={`px-3 py-2 align-bottom ${column.indicator || column.sort === "ordersCount" ? "text-end" : "text-start"}`}
                >
                  <Link
                    href={sortHref(column.sort, next)}
                    className={textLink}
                    aria-label={t("quality.admin.sortBy", { column: columnLabel(column) })}
                  >
                    {columnLabel(column)}
                    {active ? <span aria-hidden="true">{direction === "asc" ? " ▲" : " ▼"}</span> : null}
                  </Link>
                </th>
              );
            })}
            <th scope="col" className="px-3 py-2 text-start align-bottom">
              {t("quality.admin.columns.crossed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.shop.id} className="border-t border-stone-200 align-top">
              <th scope="row" className="px-3 py-2 text-start font-medium">
                <Link href={`/admin/sellers/${row.shop.id}`} className={textLink}>
                  {row.shop.name}
                </Link>
              </th>
              <td className="px-3 py-2 text-end tabular-nums">{row.ordersCount}</td>
              {COLUMNS.filter((column) => column.indicator).map((column) => {
                const key = column.indicator as QualityIndicator;
                const value = row[column.sort as keyof QualityTableRow] as number | null;
                return (
                  <td
                    key={column.sort}
                    className={`px-3 py-2 text-end whitespace-nowrap tabular-nums ${row.crossed.includes(key) ? "font-semibold text-red-800" : ""}`}
                  >
                    {formatIndicatorValue(key, value, t, locale)}
                  </td>
                );
              })}
              <td className="px-3 py-2">
                {row.crossed.length === 0
                  ? t("quality.admin.crossedNone")
                  : row.crossed.map((key) => t(`quality.indicators.${key}`)).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
