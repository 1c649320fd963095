import Link from "next/link";
import { secondaryButton, textLink } from "@/components/ui/styles";
import type { AdminPayoutRow } from "@/lib/payouts/admin-payouts";
import type { AdminMoneyFormat } from "./format";

type PayoutsTableProps = {
  rows: AdminPayoutRow[];
  f: AdminMoneyFormat;
  /** the server action of "retry now" (a form per retryable payout; works without JavaScript) */
  retry: (formData: FormData) => Promise<void>;
  /** the list's query, to come back to it after a retry */
  back: string;
};

const STATUS_TONE: Record<AdminPayoutRow["status"], string> = {
  SCHEDULED: "bg-stone-100 text-stone-800",
  PROCESSING: "bg-amber-50 text-amber-900",
  PAID: "bg-brand-50 text-brand-800",
  FAILED: "bg-red-50 text-red-800",
};

/** Payouts, one row each: payee, run, amount and method, state with its dates, attempts and errors. */
export function AdminPayoutsTable({ rows, f, retry, back }: PayoutsTableProps) {
  const { t } = f;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("adminMoney.payouts.caption")}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("adminMoney.payouts.payee")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.payouts.amount")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("adminMoney.payouts.state")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((payout) => (
            <tr key={payout.id} className="border-t border-stone-200 align-top" data-payout={payout.id}>
              <td className="px-3 py-2">
                {payout.payeeKind === "shop" ? (
                  <Link href={`/admin/money/statements/${payout.payeeId}`} className={`${textLink} block`}>
                    {payout.payeeName}
                  </Link>
                ) : (
                  <span className="block font-medium">{payout.payeeName}</span>
                )}
                <span className="block text-stone-600">
                  {t(payout.payeeKind === "shop" ? "adminMoney.payouts.shop" : "adminMoney.payouts.ambassador")}
                  {" · "}
                  {t("adminMoney.payouts.period")} {f.run(payout.periodKey)}
                </span>
              </td>
              <td className="px-3 py-2 text-end whitespace-nowrap">
                <span className="block font-medium tabular-nums">{f.money(payout.amount)}</span>
                <span className="block text-stone-600">{t(`payouts.method.${payout.method}`)}</span>
              </td>
              <td className="px-3 py-2">
                <span
                  className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[payout.status]}`}
                >
                  {t(`payouts.status.${payout.status}`)}
                </span>
                <span className="block text-stone-600">
                  {payout.paidAt
                    ? t("adminMoney.payouts.paidOn", { date: f.date(payout.paidAt) })
                    : t("adminMoney.payouts.dueOn", { date: f.date(payout.scheduledFor) })}
                </span>
                {payout.method === "STRIPE" && payout.attempts > 0 ? (
                  <span className="block text-stone-600">
                    {t("adminMoney.payouts.attempts", { count: payout.attempts })}
                  </span>
                ) : null}
                {payout.lastError && payout.status !== "PAID" ? (
                  <span className="block break-words text-red-800">
                    {t("adminMoney.payouts.lastError", { error: payout.lastError })}
                  </span>
                ) : null}
                {payout.status === "PROCESSING" && payout.nextAttemptAt ? (
                  <span className="block text-stone-600">
                    {t("adminMoney.payouts.nextAttempt", { date: f.date(payout.nextAttemptAt) })}
                  </span>
                ) : null}
                {payout.failureReason ? (
                  <span className="block break-words text-red-800">
                    {t("adminMoney.payouts.failureReason", { reason: payout.failureReason })}
                  </span>
                ) : null}
                {payout.retryable ? (
                  <form action={retry} className="mt-2">
                    <input type="hidden" name="payoutId" value={payout.id} />
                    <input type="hidden" name="back" value={back} />
                    <button type="submit" className={secondaryButton}>
                      {t("adminMoney.payouts.retry")}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
