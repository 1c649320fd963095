import type { Metadata } from "next";
import Link from "next/link";
import { WorkedExampleCard } from "@/components/dashboard/rates/worked-example-card";
import { PlanRates } from "@/components/plans/plan-rates";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { categoryName } from "@/lib/catalog/category-name";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { setupPath } from "@/lib/onboarding/steps";
import { orNotFound } from "@/lib/or-not-found";
import { getShopRates } from "@/lib/rates/get-shop-rates";
import { exampleAmountsFor, type PlanCost } from "@/lib/rates/worked-examples";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import type { Translate } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("rates.title") };
}

function planCostText(cost: PlanCost | null, money: (amount: number) => string, t: Translate): string {
  if (!cost) return t("rates.cost.none");
  const values = {
    amount: money(cost.amountExclVat),
    vat: money(cost.vatAmount),
    total: money(cost.totalAmount),
    months: cost.termMonths,
  };
  if (cost.billing === "FIXED_TERM")
    return t(cost.vatAmount > 0 ? "rates.cost.termWithVat" : "rates.cost.term", values);
  return t(cost.vatAmount > 0 ? "rates.cost.monthlyWithVat" : "rates.cost.monthly", values);
}

/** The current shop's plan, every rate that applies, and sales worked through the fee engine. */
export default async function DashboardRatesPage() {
  const actor = await requireRole("/dashboard/rates", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("rates.title")} />
        <EmptyState title={t("rates.noShopTitle")} text={t("rates.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("rates.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const rates = await orNotFound(getShopRates(actor, shop.id));
  const { plan } = rates;
  if (!plan) {
    return (
      <>
        <PageHeader title={t("rates.title")} description={t("rates.intro", { shop: rates.shop.name })} />
        <EmptyState title={t("rates.noPlanTitle")} text={t("rates.noPlanText")}>
          <Link href={setupPath(rates.shop.id, "plan")} className={primaryButton}>
            {t("rates.choosePlan")}
          </Link>
        </EmptyState>
      </>
    );
  }

  const planMoney = (amount: number) => formatMoney(amount, plan.currency, locale);
  const amounts = exampleAmountsFor(rates.currency);
  const categoryOf = (ruleId: string | null) => {
    const rule = plan.rules.find((candidate) => candidate.id === ruleId);
    return rule ? categoryName(rule.categoryNames, locale) : null;
  };
  const freeSales = plan.commissionFreeSales;
  return (
    <>
      <PageHeader title={t("rates.title")} description={t("rates.intro", { shop: rates.shop.name })} />
      <div className="flex max-w-4xl flex-col gap-8">
        <Section id="rates-plan" title={t("rates.plan.title")}>
          <div className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
            <p className="text-lg font-bold">{plan.name}</p>
            {plan.description ? <p className="text-stone-700">{plan.description}</p> : null}
            <PlanRates plan={plan} fees={rates.fees} locale={locale} t={t} />
            {!plan.active ? <p className="text-sm text-stone-700">{t("rates.plan.archived")}</p> : null}
            <p>
              <Link href="/dashboard/plan" className={textLink}>
                {t("rates.plan.manage")}
              </Link>
            </p>
          </div>
        </Section>

        <Section id="rates-cost" title={t("rates.cost.title")}>
          <div className="flex flex-col gap-2">
            <p>{planCostText(rates.planCost, planMoney, t)}</p>
            {freeSales > 0 ? (
              <p>
                {rates.paidSalesCount < freeSales
                  ? t("rates.cost.freeSalesLeft", { left: freeSales - rates.paidSalesCount, count: freeSales })
                  : t("rates.cost.freeSalesUsed", { count: freeSales })}
              </p>
            ) : null}
          </div>
        </Section>

        <Section id="rates-examples" title={t("rates.examples.title")}>
          <p className="mb-4 text-stone-700">{t("rates.examples.intro")}</p>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {rates.examples.map((example) => (
              <WorkedExampleCard
                key={example.key}
                example={example}
                amounts={amounts}
                currency={rates.currency}
                feesVatBps={rates.fees.feesVatBps}
                ambassadorShareBps={rates.ambassadorShareBps}
                commissionFreeSales={freeSales}
                categoryName={categoryOf(example.ruleId)}
                locale={locale}
                t={t}
              />
            ))}
          </div>
        </Section>
      </div>
    </>
  );
}
