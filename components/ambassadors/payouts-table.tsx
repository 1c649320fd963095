import type { AmbassadorPayoutRow } from "@/lib/ambassadors/get-ambassador-payouts";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { PAYOUT_TIME_ZONE } from "@/lib/payouts/schedule";

const cell = "px-3 py-2 text-start align-top";
const head = `${cell} font-semibold`;
const BADGE = {
  SCHEDULED: "bg-sky-50 text-sky-900 border-sky-200",
  PROCESSING: "bg-sky-50 text-sky-900 border-sky-200",
  PAID: "bg-brand-50 text-brand-800 border-brand-100",
  FAILED: "bg-red-50 text-red-800 border-red-200",
} as const;

/** The ambassador's payouts, newest first: when due, how much, to which account (masked), and their state. */
export function PayoutsTable({ payouts, locale, t }: { payouts: AmbassadorPayoutRow[]; locale: string; t: Translate }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: PAYOUT_TIME_ZONE });
  const column = (name: "date" | "amount" | "account" | "status") => t(`ambassadors.payouts.columns.${name}`);
  return (
    <div
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={t("ambassadors.payouts.tableLabel")}
    >
      <table className="w-full min-w-lg text-sm">
        <thead className="bg-stone-50">
          <tr>
            <th scope="col" className={head}>
              {column("date")}
            </th>
            <th scope="col" className={`${head} text-end`}>
              {column("amount")}
            </th>
            <th scope="col" className={head}>
              {column("account")}
            </th>
            <th scope="col" className={head}>
              {column("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {payouts.map((payout) => (
            <tr key={payout.id} className="border-t border-stone-200">
              <td className={cell}>
                <time dateTime={payout.scheduledFor.toISOString()}>{date.format(payout.scheduledFor)}</time>
              </td>
              <td className={`${cell} text-end tabular-nums`}>{formatMoney(payout.amount, payout.currency, locale)}</td>
              <td className={`${cell} font-mono whitespace-nowrap`}>{payout.maskedIban ?? ""}</td>
              <td className={cell}>
                <span className={`inline-block rounded-full border px-2 text-xs font-medium ${BADGE[payout.status]}`}>
                  {t(`ambassadors.payouts.status.${payout.status}`, {
                    date: payout.paidAt ? date.format(payout.paidAt) : "",
                  })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
