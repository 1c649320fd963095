import type { Metadata } from "next";
import { StatusPage } from "@/components/ui/status-page";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("errors.forbiddenTitle") };
}

// forbidden() (a signed-in user without the role a section needs) renders this with a 403.
export default async function Forbidden() {
  const { t } = await getT();
  return (
    <main id="main">
      <StatusPage
        code="403"
        title={t("errors.forbiddenTitle")}
        text={t("errors.forbiddenText")}
        homeLabel={t("common.backHome")}
      />
    </main>
  );
}
