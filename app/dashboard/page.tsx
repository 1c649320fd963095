import type { Metadata } from "next";
import Link from "next/link";
import { MyShopList } from "@/components/dashboard/my-shop-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { listMyShops } from "@/lib/shops/list-my-shops";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.overview") };
}

export default async function DashboardOverviewPage() {
  const actor = await requireRole("/dashboard", "VENDOR");
  const { t } = await getT();
  const [shops, current] = await Promise.all([listMyShops(actor), getDashboardShop(actor)]);
  return (
    <>
      <PageHeader title={t("dashboard.nav.overview")} />
      <Section id="my-shops" title={t("dashboard.overview.myShops")}>
        {shops.length > 0 ? (
          <>
            <MyShopList shops={shops} currentShopId={current?.id ?? null} t={t} />
            <p className="mt-4">
              <Link href="/dashboard/shops/new" className={textLink}>
                {t("dashboard.overview.newShop")}
              </Link>
            </p>
          </>
        ) : (
          <EmptyState
            headingLevel="h3"
            title={t("dashboard.overview.noShopsTitle")}
            text={t("dashboard.overview.noShopsText")}
          >
            <Link href="/dashboard/shops/new" className={primaryButton}>
              {t("dashboard.overview.createShop")}
            </Link>
          </EmptyState>
        )}
      </Section>
    </>
  );
}
