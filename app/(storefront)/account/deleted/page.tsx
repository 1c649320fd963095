import type { Metadata } from "next";
import { StatusPage } from "@/components/ui/status-page";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("security.privacy.deleted.title") };
}

/** Where a deleted account lands, signed out (docs/security.md, personal data). */
export default async function AccountDeletedPage() {
  const { t } = await getT();
  return (
    <StatusPage
      title={t("security.privacy.deleted.title")}
      text={t("security.privacy.deleted.text")}
      homeLabel={t("security.privacy.deleted.home")}
    />
  );
}
