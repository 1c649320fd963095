import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { AdjustmentRow } from "@/lib/payouts/adjust-balance";
import type { AdminMoneyFormat } from "./format";

/** The adjustments written, newest first: when, which shop (its statements), how much, why and by whom. */
export function AdjustmentsTable({ rows, f }: { rows: AdjustmentRow[]; f: AdminMoneyFormat }) {
  const { t } = f;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("adminMoney.adjustments.caption")}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("adminMoney.adjustments.shop")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("adminMoney.payouts.amount")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("adminMoney.adjustments.reason")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200 align-top">
              <td className="px-3 py-2">
                <Link href={`/admin/money/statements/${row.shopId}`} className={`${textLink} block`}>
                  {row.shopName}
                </Link>
                <span className="block text-stone-600">{f.date(row.createdAt)}</span>
              </td>
              <td
                className={`px-3 py-2 text-end font-medium whitespace-nowrap tabular-nums ${row.amount < 0 ? "text-red-800" : ""}`}
              >
                {f.money(row.amount)}
              </td>
              <td className="px-3 py-2">
                <span className="block break-words">{row.reason}</span>
                {row.authorName ? (
                  <span className="block text-stone-600">
                    {t("adminMoney.adjustments.author")} {row.authorName}
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
