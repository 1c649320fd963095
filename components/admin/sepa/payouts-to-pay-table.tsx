import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { PayoutToPay } from "@/lib/payouts/list-payouts-to-pay";
import { badge, periodLabel, sepaDateFormat } from "./sepa-format";

/** The bank-transfer payouts waiting for a SEPA file (scrolls sideways inside its frame on a phone). */
export function PayoutsToPayTable({
  items,
  total,
  locale,
  t,
}: {
  items: PayoutToPay[];
  total: number;
  locale: string;
  t: Translate;
}) {
  const header = "px-3 py-2 text-start font-semibold";
  const cell = "px-3 py-3 align-top";
  const date = sepaDateFormat(locale);
  return (
    <div className="relative overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">{t("sepa.toPay.caption", { count: total })}</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={header}>
              {t("sepa.toPay.columns.payee")}
            </th>
            <th scope="col" className={header}>
              {t("sepa.toPay.columns.account")}
            </th>
            <th scope="col" className={header}>
              {t("sepa.toPay.columns.period")}
            </th>
            <th scope="col" className={header}>
              {t("sepa.toPay.columns.state")}
            </th>
            <th scope="col" className={`${header} text-end`}>
              {t("sepa.toPay.columns.amount")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className={`${cell} text-start font-normal`}>
                <div className="font-medium">{item.payee.name}</div>
                <div className="text-stone-600">
                  {t(item.payee.kind === "shop" ? "sepa.toPay.shop" : "sepa.toPay.ambassador")}
                </div>
              </th>
              <td className={cell}>
                <div>{item.payee.holderName}</div>
                <div className="font-mono text-xs text-stone-600">{item.payee.maskedIban}</div>
              </td>
              <td className={cell}>{periodLabel(item.periodKey, locale, t)}</td>
              <td className={cell}>
                {!item.payee.ibanValid ? (
                  <span className={`${badge} bg-red-100 text-red-900`}>{t("sepa.toPay.state.ibanInvalid")}</span>
                ) : item.payableNow ? (
                  <span className={`${badge} bg-amber-100 text-amber-900`}>{t("sepa.toPay.state.due")}</span>
                ) : (
                  <span className={`${badge} bg-stone-200 text-stone-800`}>
                    {t("sepa.toPay.state.later", { date: date.format(item.scheduledFor) })}
                  </span>
                )}
              </td>
              <td className={`${cell} text-end tabular-nums`}>{formatMoney(item.amount, item.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
