import type { MoneyFormat } from "./money-format";

type Props = {
  balances: { available: number; pending: number; paidOut: number; inTransit: number };
  f: MoneyFormat;
};

/** The three balances as cards (term, value, then what it means: a valid definition list); one column on a phone. */
export function BalanceFigures({ balances, f }: Props) {
  const { t } = f;
  const figures = [
    {
      key: "available",
      label: t("money.balances.available"),
      value: f.money(balances.available),
      hint: balances.available < 0 ? t("money.balances.availableNegativeHint") : t("money.balances.availableHint"),
    },
    {
      key: "pending",
      label: t("money.balances.pending"),
      value: f.money(balances.pending),
      hint: t("money.balances.pendingHint"),
    },
    {
      key: "paidOut",
      label: t("money.balances.paidOut"),
      value: f.money(balances.paidOut),
      hint:
        balances.inTransit !== 0
          ? `${t("money.balances.paidOutHint")} ${t("money.balances.inTransit", { amount: f.money(balances.inTransit) })}`
          : t("money.balances.paidOutHint"),
    },
  ];
  return (
    <dl aria-label={t("money.balances.label")} className="grid gap-3 sm:grid-cols-3">
      {figures.map((figure) => (
        <div key={figure.key} className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4">
          <dt className="text-sm font-medium text-stone-700">{figure.label}</dt>
          <dd data-testid={`balance-${figure.key}`} className="text-2xl font-bold tabular-nums">
            {figure.value}
          </dd>
          <dd className="text-sm text-stone-600">{figure.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
