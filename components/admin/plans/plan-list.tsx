import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { formatRate } from "@/lib/plans/format-rate";
import type { OperatorPlanRow } from "@/lib/plans/list-plans-for-operator";

const badge = "rounded-full px-2.5 py-0.5 text-sm font-medium";

function priceText(plan: OperatorPlanRow, locale: string, t: Translate): string {
  const money = (amount: number) => formatMoney(amount, plan.currency, locale);
  if (plan.billing === "FIXED_TERM")
    return t("plans.admin.priceTerm", { price: money(plan.termPriceAmount), months: plan.termMonths });
  return plan.monthlyFeeAmount === 0
    ? t("plans.admin.priceFree")
    : t("plans.admin.priceMonthly", { fee: money(plan.monthlyFeeAmount) });
}

/** The operator's plans as a table (scrolls sideways on a phone); each name opens the plan. */
export function PlanList({
  plans,
  total,
  locale,
  t,
}: {
  plans: OperatorPlanRow[];
  total: number;
  locale: string;
  t: Translate;
}) {
  const header = "px-3 py-2 text-start font-semibold";
  const cell = "px-3 py-3 align-top";
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">{t("plans.admin.tableCaption", { count: total })}</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={header}>
              {t("plans.admin.columns.name")}
            </th>
            <th scope="col" className={header}>
              {t("plans.admin.columns.billing")}
            </th>
            <th scope="col" className={header}>
              {t("plans.admin.columns.price")}
            </th>
            <th scope="col" className={header}>
              {t("plans.admin.columns.commission")}
            </th>
            <th scope="col" className={`${header} text-end`}>
              {t("plans.admin.columns.shops")}
            </th>
            <th scope="col" className={header}>
              {t("plans.admin.columns.status")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row" className={`${cell} text-start font-normal`}>
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/plans/${plan.id}`} className={textLink}>
                    {plan.name}
                  </Link>
                  {plan.premium ? (
                    <span className={`${badge} bg-amber-100 text-amber-900`}>{t("plans.rates.premiumBadge")}</span>
                  ) : null}
                  {plan.isDefault ? (
                    <span className={`${badge} bg-brand-50 text-brand-800`}>{t("plans.admin.defaultBadge")}</span>
                  ) : null}
                </div>
                <div className="mt-1 font-mono text-xs text-stone-600">{plan.code}</div>
              </th>
              <td className={cell}>{t(`plans.billing.${plan.billing}`)}</td>
              <td className={cell}>{priceText(plan, locale, t)}</td>
              <td className={cell}>
                {formatRate(plan.defaultCommissionBps, locale)}
                {plan.rulesCount > 0 ? (
                  <span className="ms-1 text-stone-600">{t("plans.admin.rulesCount", { count: plan.rulesCount })}</span>
                ) : null}
              </td>
              <td className={`${cell} text-end tabular-nums`}>{plan.shopsCount}</td>
              <td className={cell}>
                {plan.active ? (
                  <span className={`${badge} bg-green-100 text-green-900`}>{t("plans.admin.statusActive")}</span>
                ) : (
                  <span className={`${badge} bg-stone-200 text-stone-800`}>{t("plans.admin.statusArchived")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
