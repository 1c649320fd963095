import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import { formatMoney } from "@/lib/money/format-money";
import type { LedgerRow } from "@/lib/payouts/list-ledger-entries";
import { payoutTitle, type MoneyFormat } from "./money-format";

/** Ledger entries, one row each: when, what (and its memo), the order, the amount, its state, its payout. */
export function LedgerTable({ rows, caption, f }: { rows: LedgerRow[]; caption: string; f: MoneyFormat }) {
  const { t } = f;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[36rem] text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.ledger.date")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.ledger.type")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.ledger.order")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("money.ledger.amount")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.ledger.state")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.ledger.payout")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200 align-top">
              <td className="px-3 py-2 whitespace-nowrap">{f.date(row.createdAt)}</td>
              <td className="px-3 py-2">
                <span className="block font-medium">{t(`payouts.entryType.${row.type}`)}</span>
                {row.memo ? <span className="text-stone-600">{row.memo}</span> : null}
              </td>
              <td className="px-3 py-2">
                {row.shopOrderId && row.orderNumber ? (
                  <Link href={`/dashboard/money/orders/${row.shopOrderId}`} className={textLink}>
                    {row.orderNumber}
                  </Link>
                ) : null}
              </td>
              <td className="px-3 py-2 text-end font-medium whitespace-nowrap tabular-nums">
                {formatMoney(row.amount, row.currency, f.locale)}
              </td>
              <td className="px-3 py-2">
                <span className="block">{t(`money.state.${row.state}`)}</span>
                {row.availableAt ? (
                  <span className="text-stone-600">
                    {t("money.ledger.availableAt")} {f.date(row.availableAt)}
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2">
                {row.payout ? (
                  <Link href={`/dashboard/money/payouts/${row.payout.id}`} className={textLink}>
                    {payoutTitle(f, row.payout)}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
