import type { Metadata } from "next";
import { PlanStep, type PlanTerm } from "@/components/onboarding/plan-step";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { getShopPlan } from "@/lib/onboarding/get-shop-plan";
import { setupPath } from "@/lib/onboarding/steps";
import { orNotFound } from "@/lib/or-not-found";
import { acceptPlan } from "./actions";

type PageProps = { params: Promise<{ shopId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.plan.title") };
}

export default async function PlanStepPage({ params }: PageProps) {
  const { shopId } = await params;
  const actor = await requireRole(`/dashboard/shops/${shopId}/setup/plan`, "VENDOR");
  const { locale, t } = await getT();
  const { plan, accepted } = await orNotFound(getShopPlan(actor, shopId));
  if (!plan) {
    return (
      <>
        <PageHeader title={t("onboarding.plan.title")} />
        <EmptyState title={t("onboarding.plan.noPlanTitle")} text={t("onboarding.plan.noPlanText")} />
      </>
    );
  }
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
  const terms: PlanTerm[] = [
    {
      label: t("onboarding.plan.monthlyFee"),
      value:
        plan.monthlyFeeAmount === 0
          ? t("onboarding.plan.free")
          : formatMoney(plan.monthlyFeeAmount, plan.currency, locale),
    },
    { label: t("onboarding.plan.commission"), value: percent.format(plan.defaultCommissionBps / 10_000) },
    ...(plan.commissionFreeSales > 0
      ? [{ label: t("onboarding.plan.commissionFreeSales"), value: String(plan.commissionFreeSales) }]
      : []),
    { label: t("onboarding.plan.term"), value: t("onboarding.plan.termMonths", { count: plan.termMonths }) },
  ];
  return (
    <>
      <PageHeader title={t("onboarding.plan.title")} description={t("onboarding.plan.intro")} />
      <PlanStep
        action={acceptPlan.bind(null, shopId)}
        plan={{ name: plan.name, description: plan.description, terms }}
        nextHref={setupPath(shopId, "review")}
        labels={{
          accept: t("onboarding.plan.accept"),
          pending: t("onboarding.plan.pending"),
          acceptedNote: accepted ? t("onboarding.plan.acceptedNote") : undefined,
          laterNote: t("onboarding.plan.laterNote"),
          continue: t("onboarding.plan.continue"),
        }}
      />
    </>
  );
}
