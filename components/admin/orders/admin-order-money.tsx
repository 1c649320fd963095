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
      <MoneyTable
        id="ledger-title"
        title={t("orders.admin.money.ledgerTitle")}
        empty={ledger.length === 0 ? t("orders.admin.money.ledgerEmpty") : null}
        columns={[
          { label: column("type") },
          { label: column("amount"), end: true },
          { label: column("memo") },
          { label: column("created") },
        ]}
      >
        {ledger.map((entry) => (
          <tr key={entry.id} className="border-t border-stone-200">
            <td className={cell}>{t(`orders.admin.money.type.${entry.type}`)}</td>
            <td className={`${cell} text-end tabular-nums`}>{formatMoney(entry.amount, entry.currency, locale)}</td>
            <td className={cell}>{entry.memo ?? none}</td>
            <td className={cell}>
              <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
            </td>
          </tr>
        ))}
      </MoneyTable>
      <MoneyTable
        id="refunds-title"
        title={t("orders.admin.money.refundsTitle")}
        empty={refunds.length === 0 ? t("orders.admin.money.refundsEmpty") : null}
        columns={[
          { label: column("amount"), end: true },
          { label: column("status") },
          { label: column("reference") },
          { label: column("attempts"), end: true },
          { label: column("created") },
        ]}
      >
        {refunds.map((refund) => (
          <tr key={refund.id} className="border-t border-stone-200">
            <td className={`${cell} text-end tabular-nums`}>{formatMoney(refund.amount, refund.currency, locale)}</td>
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
      </MoneyTable>
    </div>
  );
}

/** A titled table of the part's money, or its empty text; scrolls sideways on small screens. */
function MoneyTable({
  id,
  title,
  empty,
  columns,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  columns: { label: string; end?: boolean }[];
  children: React.ReactNode;
}) {
  return (
    <div>
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      {empty !== null ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <div
          className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
          tabIndex={0}
          role="region"
          aria-labelledby={id}
        >
          <table className="w-full min-w-lg text-sm">
            <thead className="bg-stone-50">
              <tr>
                {columns.map((column) => (
                  <th key={column.label} scope="col" className={column.end ? `${head} text-end` : head}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </div>
  );
}
