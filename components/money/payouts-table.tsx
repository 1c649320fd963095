import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { PayoutRow } from "@/lib/payouts/payout-detail";
import { payoutTitle, type MoneyFormat } from "./money-format";

/** When a payout is due, was paid, failed or will be tried again. */
export function payoutWhen(f: MoneyFormat, payout: PayoutRow): string {
  if (payout.status === "PAID" && payout.paidAt) return f.t("money.payouts.paidOn", { date: f.date(payout.paidAt) });
  if (payout.status === "FAILED" && payout.failedAt)
    return f.t("money.payouts.failedOn", { date: f.date(payout.failedAt) });
  if (payout.status === "PROCESSING" && payout.nextAttemptAt)
    return f.t("money.payouts.retryOn", { date: f.date(payout.nextAttemptAt) });
  return f.t("money.payouts.due", { date: f.date(payout.scheduledFor) });
}

/** Payouts, one row each: which, how much, its state and when, how it is paid; each links to its detail. */
export function PayoutsTable({ payouts, caption, f }: { payouts: PayoutRow[]; caption: string; f: MoneyFormat }) {
  const { t } = f;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.payouts.date")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("money.payouts.amount")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.payouts.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {payouts.map((payout) => (
            <tr key={payout.id} className="border-t border-stone-200 align-top">
              <td className="px-3 py-2">
                <Link href={`/dashboard/money/payouts/${payout.id}`} className={textLink}>
                  {payoutTitle(f, payout)}
                </Link>
                <span className="block text-stone-600">{t(`payouts.method.${payout.method}`)}</span>
              </td>
              <td className="px-3 py-2 text-end font-medium whitespace-nowrap tabular-nums">
                {f.money(payout.amount)}
              </td>
              <td className="px-3 py-2">
                <span className="block font-medium">{t(`payouts.status.${payout.status}`)}</span>
                <span className="text-stone-600">{payoutWhen(f, payout)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
