import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanStep } from "@/components/onboarding/plan-step";
import { PlanRates } from "@/components/plans/plan-rates";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getShopPlan } from "@/lib/onboarding/get-shop-plan";
import { setupPath } from "@/lib/onboarding/steps";
import { orNotFound } from "@/lib/or-not-found";
import type { OfferedPlan } from "@/lib/plans/offered-plans";
import { choosePlan } from "./actions";

type PageProps = { params: Promise<{ shopId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.plan.title") };
}

export default async function PlanStepPage({ params }: PageProps) {
  const { shopId } = await params;
  const actor = await requireRole(`/dashboard/shops/${shopId}/setup/plan`, "VENDOR");
  const { locale, t } = await getT();
  const step = await orNotFound(getShopPlan(actor, shopId));
  const { plans, currentPlan, fees } = step;

  // A fixed term is paid once the shop is approved; a monthly fee is explained by <PlanRates>.
  const billingNote = (plan: OfferedPlan) =>
    plan.billing === "FIXED_TERM" ? t("onboarding.plan.fixedTermNote") : null;
  const details = (plan: OfferedPlan) => {
    const note = billingNote(plan);
    return (
      <div className="flex flex-col gap-3">
        {plan.description ? <p className="text-stone-700">{plan.description}</p> : null}
        <PlanRates plan={plan} fees={fees} locale={locale} t={t} />
        {note ? <p className="rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-800">{note}</p> : null}
      </div>
    );
  };

  // An approved shop changes plan from /dashboard/plan, where the change is prorated and billed.
  if (!step.choosable) {
    return (
      <>
        <PageHeader title={t("onboarding.plan.approvedTitle")} description={t("onboarding.plan.approvedText")} />
        <div className="flex max-w-3xl flex-col gap-5">
          {currentPlan ? (
            <section aria-labelledby="current-plan" className="rounded-xl border border-stone-200 bg-white p-5">
              <h2 id="current-plan" className="mb-3 text-xl font-bold">
                {currentPlan.name}
              </h2>
              {details(currentPlan)}
            </section>
          ) : (
            <p>{t("onboarding.plan.noCurrentPlan")}</p>
          )}
          <div className="flex flex-wrap gap-3">
            <Link href="/dashboard/plan" className={primaryButton}>
              {t("onboarding.plan.approvedLink")}
            </Link>
            <Link href={setupPath(shopId, "review")} className={secondaryButton}>
              {t("onboarding.plan.continue")}
            </Link>
          </div>
        </div>
      </>
    );
  }

  if (plans.length === 0) {
    return (
      <>
        <PageHeader title={t("onboarding.plan.title")} />
        <EmptyState title={t("onboarding.plan.noPlanTitle")} text={t("onboarding.plan.noPlanText")} />
      </>
    );
  }

  const chosen = currentPlan && plans.some((plan) => plan.id === currentPlan.id) ? currentPlan : null;
  return (
    <>
      <PageHeader title={t("onboarding.plan.title")} description={t("onboarding.plan.intro")} />
      <p className="mb-4 max-w-3xl text-stone-700">{t("onboarding.plan.howItWorks")}</p>
      {currentPlan && !chosen ? (
        <p className="mb-4 max-w-3xl font-medium text-amber-900">
          {t("onboarding.plan.archivedNote", { plan: currentPlan.name })}
        </p>
      ) : null}
      <ClientMessages locale={locale} namespaces={["onboarding.plan"]}>
        <PlanStep
          action={choosePlan.bind(null, shopId)}
          options={plans.map((plan) => ({
            id: plan.id,
            name: plan.name,
            isDefault: plan.id === step.defaultPlanId,
            isCurrent: plan.id === chosen?.id,
            details: details(plan),
          }))}
          selectedPlanId={step.selectedPlanId}
          nextHref={setupPath(shopId, "review")}
          acceptedPlanName={chosen?.name}
        />
      </ClientMessages>
    </>
  );
}
