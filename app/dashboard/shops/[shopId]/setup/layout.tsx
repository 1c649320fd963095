import { ClientMessages } from "@/components/i18n/client-messages";
import { SetupStepper } from "@/components/dashboard/setup-stepper";
import { ShopStatusBadge } from "@/components/back-office/shop-status-badge";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getShopSetupOverview } from "@/lib/onboarding/get-shop-setup";
import { ONBOARDING_STEPS, setupPath } from "@/lib/onboarding/steps";
import { orNotFound } from "@/lib/or-not-found";

type SetupLayoutProps = { children: React.ReactNode; params: Promise<{ shopId: string }> };

// The frame of the seven steps. Each step page loads its own data and checks ownership again.
export default async function ShopSetupLayout({ children, params }: SetupLayoutProps) {
  const { shopId } = await params;
  const actor = await requireRole(`/dashboard/shops/${shopId}/setup/profile`, "VENDOR");
  const { locale, t } = await getT();
  const overview = await orNotFound(getShopSetupOverview(actor, shopId));
  const steps = ONBOARDING_STEPS.map((step, index) => ({
    href: setupPath(shopId, step),
    step,
    number: index + 1,
    done: overview.completed[step],
  }));
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <p className="text-lg font-semibold">{overview.name}</p>
        <ShopStatusBadge status={overview.status} t={t} />
      </div>
      <ClientMessages locale={locale} namespaces={["onboarding.steps", "onboarding.stepsLabel", "onboarding.stepDone"]}>
        <SetupStepper steps={steps} />
      </ClientMessages>
      {children}
    </div>
  );
}
