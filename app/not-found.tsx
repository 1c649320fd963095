import type { Metadata } from "next";
import { StatusPage } from "@/components/ui/status-page";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("errors.notFoundTitle") };
}

export default async function NotFound() {
  const { t } = await getT();
  return (
    <main id="main">
      <StatusPage
        code="404"
        title={t("errors.notFoundTitle")}
        text={t("errors.notFoundText")}
        homeLabel={t("common.backHome")}
      />
    </main>
  );
}
