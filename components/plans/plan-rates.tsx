import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { applyRate } from "@/lib/money/allocate-amount";
import { formatRate } from "@/lib/plans/format-rate";
import { termListPriceOf } from "@/lib/plans/plan-price";
import type { OfferedPlan, OfferedPlanRule } from "@/lib/plans/offered-plans";
import { categoryName } from "@/lib/catalog/category-name";

export type PlanRatesFees = {
  paymentFeeBps: number;
  paymentFeeFixedAmount: number;
  /** the marketplace passes the payment fee on to every vendor */
  paymentFeePassedOn: boolean;
  /** VAT on the marketplace's fees, basis points */
  feesVatBps: number;
};

type PlanRatesProps = {
  plan: OfferedPlan;
  fees: PlanRatesFees;
  locale: string;
  t: Translate;
  /** the heading level of the plan's name; none when the page already names it */
  headingLevel?: 2 | 3 | null;
};

function ruleText(rule: OfferedPlanRule, locale: string, t: Translate): string {
  const rate = formatRate(rule.rateBps, locale);
  if (rule.categoryId) {
    const category = categoryName(rule.categoryNames, locale) ?? t("plans.rates.unknownCategory");
    return rule.productKind
      ? t("plans.rates.ruleCategoryKind", { rate, category, kind: t(`plans.kindsPlural.${rule.productKind}`) })
      : t("plans.rates.ruleCategory", { rate, category });
  }
  return rule.productKind ? t("plans.rates.ruleKind", { rate, kind: t(`plans.kindsPlural.${rule.productKind}`) }) : "";
}

/**
 * Every rate a plan applies, in words (docs/business-models.md, subscriptions and billing, and fees): its price
 * (monthly fee or fixed term, excl. and incl. VAT), the default commission and each rule with the
 * precedence between them, shipping, the commission-free first sales and the payment fee. Shared by
 * the operator's plan pages, the plan step of onboarding and the vendor's Rates page.
 */
export function PlanRates({ plan, fees, locale, t, headingLevel = null }: PlanRatesProps) {
  const money = (amount: number) => formatMoney(amount, plan.currency, locale);
  const withVat = (amount: number) => amount + applyRate(amount, fees.feesVatBps);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const lines: { key: string; text: string }[] = [];

  if (plan.billing === "FIXED_TERM") {
    lines.push({
      key: "term",
      text:
        fees.feesVatBps > 0
          ? t("plans.rates.termPriceWithVat", {
              months: plan.termMonths,
              price: money(plan.termPriceAmount),
              priceWithVat: money(withVat(plan.termPriceAmount)),
            })
          : t("plans.rates.termPrice", { months: plan.termMonths, price: money(plan.termPriceAmount) }),
    });
    if (plan.discountBps > 0)
      lines.push({
        key: "discount",
        text: t("plans.rates.termDiscount", {
          discount: formatRate(plan.discountBps, locale),
          listPrice: money(termListPriceOf(plan)),
          monthlyFee: money(plan.monthlyFeeAmount),
        }),
      });
  } else if (plan.monthlyFeeAmount > 0) {
    lines.push({
      key: "fee",
      text:
        fees.feesVatBps > 0
          ? t("plans.rates.monthlyFeeWithVat", {
              fee: money(plan.monthlyFeeAmount),
              feeWithVat: money(withVat(plan.monthlyFeeAmount)),
            })
          : t("plans.rates.monthlyFee", { fee: money(plan.monthlyFeeAmount) }),
    });
  } else {
    lines.push({ key: "fee", text: t("plans.rates.noMonthlyFee") });
  }

  if (plan.premium) lines.push({ key: "premium", text: t("plans.rates.premiumVisibility") });

  const hasCommission = plan.defaultCommissionBps > 0 || plan.rules.some((rule) => rule.rateBps > 0);
  if (!hasCommission) {
    lines.push({ key: "commission", text: t("plans.rates.noCommission") });
  } else {
    lines.push({
      key: "commission",
      text: t(plan.rules.length > 0 ? "plans.rates.defaultCommissionOther" : "plans.rates.defaultCommission", {
        rate: formatRate(plan.defaultCommissionBps, locale),
      }),
    });
    for (const rule of plan.rules) lines.push({ key: `rule-${rule.id}`, text: ruleText(rule, locale, t) });
    lines.push({
      key: "shipping",
      text: plan.commissionOnShipping
        ? t("plans.rates.shippingCommissioned", { rate: formatRate(plan.defaultCommissionBps, locale) })
        : t("plans.rates.shippingFree"),
    });
    if (plan.commissionFreeSales > 0)
      lines.push({
        key: "freeSales",
        text:
          plan.commissionFreeSales === 1
            ? t("plans.rates.freeSalesOne")
            : t("plans.rates.freeSalesMany", { count: plan.commissionFreeSales }),
      });
    if (fees.feesVatBps > 0)
      lines.push({ key: "vat", text: t("plans.rates.feesVat", { rate: formatRate(fees.feesVatBps, locale) }) });
  }

  const feeCharged = fees.paymentFeePassedOn || plan.paymentFeePassThrough;
  lines.push({
    key: "paymentFee",
    text: feeCharged
      ? t("plans.rates.paymentFeePassedOn", {
          rate: formatRate(fees.paymentFeeBps, locale),
          fixed: formatMoney(fees.paymentFeeFixedAmount, plan.currency, locale),
        })
      : t("plans.rates.paymentFeeAbsorbed"),
  });

  return (
    <div className="flex flex-col gap-3">
      {headingLevel !== null || plan.premium || !plan.active ? (
        <div className="flex flex-wrap items-center gap-2">
          {headingLevel !== null ? <Heading className="text-lg font-semibold">{plan.name}</Heading> : null}
          {plan.premium ? (
            <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">
              {t("plans.rates.premiumBadge")}
            </span>
          ) : null}
          {!plan.active ? (
            <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-sm font-medium text-stone-800">
              {t("plans.rates.archivedBadge")}
            </span>
          ) : null}
        </div>
      ) : null}
      <ul className="flex list-disc flex-col gap-1 ps-5 text-stone-800">
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
      {hasCommission && plan.rules.length > 0 ? (
        <p className="text-sm text-stone-600">{t("plans.rates.precedence")}</p>
      ) : null}
    </div>
  );
}
