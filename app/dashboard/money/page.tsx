import type { Metadata } from "next";
import { ComingSoonPage } from "@/components/back-office/coming-soon-page";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.money") };
}

export default async function DashboardMoneyPage() {
  await requireRole("/dashboard/money", "VENDOR");
  const { t } = await getT();
  return (
    <ComingSoonPage
      title={t("dashboard.nav.money")}
      emptyTitle={t("common.comingSoon")}
      text={t("backOffice.comingSoonText")}
    />
  );
}
