import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { ONBOARDING_STEPS, setupPath } from "@/lib/onboarding/steps";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.settings") };
}

/** The current shop's settings are its seven setup pages. */
export default async function DashboardSettingsPage() {
  const actor = await requireRole("/dashboard/settings", "VENDOR");
  const { t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("dashboard.nav.settings")} />
        <EmptyState title={t("dashboard.settings.noShopTitle")} text={t("dashboard.settings.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("dashboard.overview.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t("dashboard.nav.settings")}
        description={t("dashboard.settings.intro", { name: shop.name })}
      />
      <ol className="grid max-w-2xl gap-2">
        {ONBOARDING_STEPS.map((step, index) => (
          <li key={step}>
            <Link
              href={setupPath(shop.id, step)}
              className="flex min-h-11 items-center rounded-lg border border-stone-200 bg-white px-4 py-3 font-medium hover:bg-stone-100"
            >
              {t("dashboard.settings.stepLink", { number: index + 1, step: t(`onboarding.steps.${step}`) })}
            </Link>
          </li>
        ))}
      </ol>
      <p className="mt-6 max-w-2xl">
        <Link
          href="/dashboard/settings/shipping"
          className="flex min-h-11 items-center rounded-lg border border-stone-200 bg-white px-4 py-3 font-medium hover:bg-stone-100"
        >
          {t("productList.settingsLink")}
        </Link>
      </p>
    </>
  );
}
