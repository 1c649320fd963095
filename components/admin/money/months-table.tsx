import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { MonthFigures } from "@/lib/payouts/admin-money";
import type { AdminMoneyFormat } from "./format";

/** The last 12 months, one row each, newest first; a month links to its figures. */
export function MonthsTable({ months, f }: { months: MonthFigures[]; f: AdminMoneyFormat }) {
  const { t } = f;
  const cell = "px-3 py-2 text-end whitespace-nowrap tabular-nums";
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("adminMoney.months.caption")}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("adminMoney.months.month")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.months.gmv")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.months.commission")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.months.plans")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.months.ambassadorShares")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.months.payoutsPaid")}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-2 text-start font-medium whitespace-nowrap">
                <Link href={`/admin/money?period=${month.month}`} className={textLink}>
                  {f.period(month.month)}
                </Link>
              </th>
              <td className={cell}>{f.money(month.gmv.amount)}</td>
              <td className={cell}>{f.money(month.commission)}</td>
              <td className={cell}>{f.money(month.subscriptions + month.rent)}</td>
              <td className={cell}>{f.money(month.ambassadorShares)}</td>
              <td className={cell}>{f.money(month.payoutsPaid.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
