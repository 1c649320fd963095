import type { AmbassadorEarning } from "@/lib/ambassadors/get-ambassador-dashboard";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { PAYOUT_TIME_ZONE } from "@/lib/payouts/schedule";

const cell = "px-3 py-2 text-start align-top";
const head = `${cell} font-semibold`;
export const STATUS_BADGE = {
  pending: "bg-amber-50 text-amber-900 border-amber-200",
  available: "bg-brand-50 text-brand-800 border-brand-100",
  inPayout: "bg-sky-50 text-sky-900 border-sky-200",
  paid: "bg-stone-100 text-stone-800 border-stone-300",
  failed: "bg-red-50 text-red-800 border-red-200",
} as const;

/**
 * The ambassador's entries, newest first: shares, refunds' reversals, payouts and failed payouts'
 * returns, each with its state. Never who bought, only the shop and a masked order number.
 */
export function EarningsTable({ entries, locale, t }: { entries: AmbassadorEarning[]; locale: string; t: Translate }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: PAYOUT_TIME_ZONE });
  const column = (name: "date" | "type" | "shop" | "order" | "amount" | "status") =>
    t(`ambassadors.earnings.columns.${name}`);
  return (
    <div
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={t("ambassadors.earnings.tableLabel")}
    >
      <table className="w-full min-w-2xl text-sm">
        <thead className="bg-stone-50">
          <tr>
            <th scope="col" className={head}>
              {column("date")}
            </th>
            <th scope="col" className={head}>
              {column("type")}
            </th>
            <th scope="col" className={head}>
              {column("shop")}
            </th>
            <th scope="col" className={head}>
              {column("order")}
            </th>
            <th scope="col" className={`${head} text-end`}>
              {column("amount")}
            </th>
            <th scope="col" className={head}>
              {column("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-t border-stone-200">
              <td className={cell}>
                <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
              </td>
              <td className={cell}>{t(`ambassadors.earnings.kind.${entry.kind}`)}</td>
              <td className={cell}>{entry.shopName}</td>
              <td className={`${cell} font-mono`}>{entry.orderNumber}</td>
              <td className={`${cell} text-end tabular-nums`}>{formatMoney(entry.amount, entry.currency, locale)}</td>
              <td className={cell}>
                <span
                  className={`inline-block rounded-full border px-2 text-xs font-medium ${STATUS_BADGE[entry.status]}`}
                >
                  {t(`ambassadors.earnings.status.${entry.status}`)}
                </span>
                {/* pending with a known date: available from then; held entries have none */}
                {entry.status === "pending" && entry.availableAt ? (
                  <span className="block text-xs text-stone-600">
                    {t("ambassadors.earnings.availableOn", { date: date.format(entry.availableAt) })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
