import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { OperatorLedgerEntry, OperatorRefund } from "@/lib/orders/get-shop-order-for-operator";

const cell = "px-3 py-2 text-start align-top";
const head = `${cell} font-semibold`;

/**
 * What the part did to the money (docs/domain.md, refunds): its ledger entries and its refunds,
 * each as a table (scrolls sideways on small screens).
 */
export function AdminOrderMoney({
  ledger,
  refunds,
  locale,
  t,
}: {
  ledger: OperatorLedgerEntry[];
  refunds: OperatorRefund[];
  locale: string;
  t: Translate;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const none = t("orders.admin.money.none");
  const column = (name: "type" | "amount" | "memo" | "created" | "status" | "reference" | "attempts") =>
    t(`orders.admin.money.columns.${name}`);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h3 id="ledger-title" className="mb-2 font-semibold">
          {t("orders.admin.money.ledgerTitle")}
        </h3>
        {ledger.length === 0 ? (
          <p className="text-stone-600">{t("orders.admin.money.ledgerEmpty")}</p>
        ) : (
          <div
            className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
            tabIndex={0}
            role="region"
            aria-labelledby="ledger-title"
          >
            <table className="w-full min-w-lg text-sm">
              <thead className="bg-stone-50">
                <tr>
                  <th scope="col" className={head}>
                    {column("type")}
                  </th>
                  <th scope="col" className={`${head} text-end`}>
                    {column("amount")}
                  </th>
                  <th scope="col" className={head}>
                    {column("memo")}
                  </th>
                  <th scope="col" className={head}>
                    {column("created")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ledger.map((entry) => (
                  <tr key={entry.id} className="border-t border-stone-200">
                    <td className={cell}>{t(`orders.admin.money.type.${entry.type}`)}</td>
                    <td className={`${cell} text-end tabular-nums`}>
                      {formatMoney(entry.amount, entry.currency, locale)}
                    </td>
                    <td className={cell}>{entry.memo ?? none}</td>
                    <td className={cell}>
                      <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <div>
        <h3 id="refunds-title" className="mb-2 font-semibold">
          {t("orders.admin.money.refundsTitle")}
        </h3>
        {refunds.length === 0 ? (
          <p className="text-stone-600">{t("orders.admin.money.refundsEmpty")}</p>
        ) : (
          <div
            className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
            tabIndex={0}
            role="region"
            aria-labelledby="refunds-title"
          >
            <table className="w-full min-w-lg text-sm">
              <thead className="bg-stone-50">
                <tr>
                  <th scope="col" className={`${head} text-end`}>
                    {column("amount")}
                  </th>
                  <th scope="col" className={head}>
                    {column("status")}
                  </th>
                  <th scope="col" className={head}>
                    {column("reference")}
                  </th>
                  <th scope="col" className={`${head} text-end`}>
                    {column("attempts")}
                  </th>
                  <th scope="col" className={head}>
                    {column("created")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {refunds.map((refund) => (
                  <tr key={refund.id} className="border-t border-stone-200">
                    <td className={`${cell} text-end tabular-nums`}>
                      {formatMoney(refund.amount, refund.currency, locale)}
                    </td>
                    <td className={cell}>
                      {t(`orders.admin.money.refundStatus.${refund.status}`)}
                      {refund.lastError ? (
                        <span className="block text-red-800">
                          {t("orders.admin.money.lastError", { error: refund.lastError })}
                        </span>
                      ) : null}
                    </td>
                    <td className={`${cell} break-all`}>{refund.providerReference ?? none}</td>
                    <td className={`${cell} text-end tabular-nums`}>{refund.attempts}</td>
                    <td className={cell}>
                      <time dateTime={refund.createdAt.toISOString()}>{date.format(refund.createdAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
