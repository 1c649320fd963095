import type { Metadata } from "next";
import { ComingSoonPage } from "@/components/back-office/coming-soon-page";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.settings") };
}

export default async function AdminSettingsPage() {
  await requireRole("/admin/settings", "OPERATOR");
  const { t } = await getT();
  return (
    <ComingSoonPage
      title={t("admin.nav.settings")}
      emptyTitle={t("common.comingSoon")}
      text={t("backOffice.comingSoonText")}
    />
  );
}
