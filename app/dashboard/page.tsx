import type { Metadata } from "next";
import { MyShopList } from "@/components/dashboard/my-shop-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listMyShops } from "@/lib/shops/list-my-shops";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.overview") };
}

export default async function DashboardOverviewPage() {
  const actor = await requireRole("/dashboard", "VENDOR");
  const { t } = await getT();
  const shops = await listMyShops(actor);
  return (
    <>
      <PageHeader title={t("dashboard.nav.overview")} />
      <Section id="my-shops" title={t("dashboard.overview.myShops")}>
        {shops.length > 0 ? (
          <MyShopList shops={shops} t={t} />
        ) : (
          <EmptyState headingLevel="h3" title={t("dashboard.overview.noShopsTitle")} text={t("dashboard.overview.noShopsText")} />
        )}
      </Section>
    </>
  );
}
