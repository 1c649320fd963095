import type { MoneyFigures } from "@/lib/payouts/admin-money";
import type { AdminMoneyFormat } from "./format";

type Figure = { key: string; label: string; value: string; hint?: string; strong?: boolean };

/** The period's figures as labelled cards (a description list): each with what it counts. */
export function MoneyFiguresGrid({ figures, f }: { figures: MoneyFigures; f: AdminMoneyFormat }) {
  const { t } = f;
  const items: Figure[] = [
    {
      key: "gmv",
      label: t("adminMoney.figures.gmv"),
      value: f.money(figures.gmv.amount),
      hint: t("adminMoney.figures.gmvHint", { count: figures.gmv.count }),
      strong: true,
    },
    {
      key: "refunds",
      label: t("adminMoney.figures.refunds"),
      value: f.money(figures.refunds),
      hint: t("adminMoney.figures.refundsHint"),
    },
    {
      key: "commission",
      label: t("adminMoney.figures.commission"),
      value: f.money(figures.commission),
      hint: t("adminMoney.figures.commissionHint"),
      strong: true,
    },
    { key: "feesVat", label: t("adminMoney.figures.feesVat"), value: f.money(figures.feesVat) },
    { key: "paymentFees", label: t("adminMoney.figures.paymentFees"), value: f.money(figures.paymentFees) },
    {
      key: "subscriptions",
      label: t("adminMoney.figures.subscriptions"),
      value: f.money(figures.subscriptions),
      hint: t("adminMoney.figures.subscriptionsHint"),
    },
    {
      key: "rent",
      label: t("adminMoney.figures.rent"),
      value: f.money(figures.rent),
      hint: t("adminMoney.figures.rentHint"),
    },
    {
      key: "ambassadorShares",
      label: t("adminMoney.figures.ambassadorShares"),
      value: f.money(figures.ambassadorShares),
      hint: t("adminMoney.figures.ambassadorSharesHint"),
    },
    {
      key: "commissionKept",
      label: t("adminMoney.figures.commissionKept"),
      value: f.money(figures.commissionKept),
      hint: t("adminMoney.figures.commissionKeptHint"),
      strong: true,
    },
    {
      key: "adjustments",
      label: t("adminMoney.figures.adjustments"),
      value: f.money(figures.adjustments),
      hint: t("adminMoney.figures.adjustmentsHint"),
    },
    {
      key: "payoutsDue",
      label: t("adminMoney.figures.payoutsDue"),
      value: f.money(figures.payoutsDue.amount),
      hint: t("adminMoney.figures.payoutsDueHint", { count: figures.payoutsDue.count }),
    },
    {
      key: "payoutsPaid",
      label: t("adminMoney.figures.payoutsPaid"),
      value: f.money(figures.payoutsPaid.amount),
      hint: t("adminMoney.figures.payoutsPaidHint", { count: figures.payoutsPaid.count }),
    },
  ];
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("adminMoney.figures.caption")}>
      {items.map((item) => (
        <div
          key={item.key}
          className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4"
          data-figure={item.key}
        >
          <dt className="text-sm font-medium text-stone-700">{item.label}</dt>
          <dd className={`tabular-nums ${item.strong ? "text-2xl font-bold" : "text-xl font-semibold"}`}>
            {item.value}
          </dd>
          {item.hint ? <dd className="text-sm text-stone-600">{item.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
