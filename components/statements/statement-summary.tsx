import type { DocumentFormat } from "@/lib/statements/document-format";
import type { MonthlyStatement } from "@/lib/statements/monthly-statement";
import { STATEMENT_GROUP_ORDER } from "@/lib/statements/statement-arithmetic";

/** A month's balances and movements by group (docs/payouts.md, statements), then its payouts. */
export function StatementSummary({ statement, f }: { statement: MonthlyStatement; f: DocumentFormat }) {
  const { t } = f;
  return (
    <div className="grid gap-6">
      <section
        aria-labelledby="statement-summary"
        className="rounded-xl border border-stone-200 bg-white p-4 print:border-0 print:p-0"
      >
        <h2 id="statement-summary" className="mb-3 text-xl font-semibold">
          {t("statements.statement.summary")}
        </h2>
        <dl className="grid gap-1">
          <div className="flex justify-between gap-4 font-semibold">
            <dt>{t("statements.statement.openingBalance")}</dt>
            <dd className="text-end tabular-nums">{f.money(statement.openingBalance)}</dd>
          </div>
          {STATEMENT_GROUP_ORDER.map((group) => (
            <div key={group} className="flex justify-between gap-4">
              <dt className="ps-3">{t(`statements.statement.groups.${group}`)}</dt>
              <dd className="text-end tabular-nums">{f.money(statement.movements[group])}</dd>
            </div>
          ))}
          <div className="flex justify-between gap-4 border-t border-stone-200 pt-1">
            <dt>{t("statements.statement.net")}</dt>
            <dd className="text-end tabular-nums">{f.money(statement.net)}</dd>
          </div>
          <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
            <dt>{t("statements.statement.closingBalance")}</dt>
            <dd className="text-end tabular-nums" data-testid="closing-balance">
              {f.money(statement.closingBalance)}
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-sm text-stone-600">
          {t("statements.statement.entryCount", { count: statement.entryCount })}
          {statement.closingBalance < 0 ? ` ${t("statements.statement.balanceHint")}` : null}
        </p>
      </section>
      <section aria-labelledby="statement-payouts" className="grid gap-3">
        <h2 id="statement-payouts" className="text-xl font-semibold">
          {t("statements.statement.payoutsHeading")}
        </h2>
        {statement.payouts.length === 0 ? (
          <p className="text-stone-600">{t("statements.statement.payoutsEmpty")}</p>
        ) : (
          <ul className="grid gap-2">
            {statement.payouts.map((payout) => (
              <li
                key={payout.id}
                className="flex flex-wrap justify-between gap-x-4 gap-y-1 rounded-lg border border-stone-200 bg-white px-3 py-2 print:border-0 print:px-0"
              >
                <span>
                  <span className="font-medium">{f.date(payout.createdAt)}</span>
                  <span className="ms-2 text-stone-600">
                    {t(`statements.statement.payoutMethods.${payout.method}`)}
                  </span>
                </span>
                <span>
                  {t(`statements.statement.payoutStatuses.${payout.status}`, {
                    date: f.date(payout.paidAt ?? payout.scheduledFor),
                  })}
                </span>
                <span className="font-medium tabular-nums">{f.money(payout.amount)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
