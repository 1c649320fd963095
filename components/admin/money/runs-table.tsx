import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { PayoutRun } from "@/lib/payouts/admin-payouts";
import type { AdminMoneyFormat } from "./format";

const payoutsHref = (periodKey: string, status?: string) => {
  const params = new URLSearchParams({ periodKey });
  if (status) params.set("status", status);
  return `/admin/money/payouts?${params.toString()}`;
};

/** The payout runs, newest first: per run, how many and how much paid, in progress and failed, with links to them. */
export function RunsTable({ runs, f }: { runs: PayoutRun[]; f: AdminMoneyFormat }) {
  const { t } = f;
  const figure = (count: number, amount: number) => t("adminMoney.runs.figure", { count, amount: f.money(amount) });
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("adminMoney.runs.caption")}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("adminMoney.runs.run")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.runs.total")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.runs.paid")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.runs.inProgress")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.runs.failed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const inProgress = {
              count: run.byStatus.SCHEDULED.count + run.byStatus.PROCESSING.count,
              amount: run.byStatus.SCHEDULED.amount + run.byStatus.PROCESSING.amount,
            };
            const failed = run.byStatus.FAILED;
            const name = f.run(run.periodKey);
            return (
              <tr key={run.periodKey} className="border-t border-stone-200 align-top">
                <th scope="row" className="px-3 py-2 text-start font-medium whitespace-nowrap">
                  <Link
                    href={payoutsHref(run.periodKey)}
                    className={textLink}
                    aria-label={t("adminMoney.runs.seeAll", { run: name })}
                  >
                    {name}
                  </Link>
                  {run.retrying > 0 ? (
                    <Link
                      href={payoutsHref(run.periodKey, "PROCESSING")}
                      className="mt-1 block text-sm font-normal text-amber-800 underline"
                    >
                      {t("adminMoney.runs.retrying", { count: run.retrying })}
                    </Link>
                  ) : null}
                </th>
                <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                  {figure(run.total.count, run.total.amount)}
                </td>
                <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                  {figure(run.byStatus.PAID.count, run.byStatus.PAID.amount)}
                </td>
                <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                  {figure(inProgress.count, inProgress.amount)}
                </td>
                <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                  {failed.count > 0 ? (
                    <Link
                      href={payoutsHref(run.periodKey, "FAILED")}
                      className="font-medium text-red-700 underline"
                      aria-label={t("adminMoney.runs.seeFailed", { run: name })}
                    >
                      {figure(failed.count, failed.amount)}
                    </Link>
                  ) : (
                    figure(0, 0)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
