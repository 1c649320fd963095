import { StatusPage } from "@/components/ui/status-page";
import { getT } from "@/lib/i18n/server";

// notFound() from a storefront page (an unknown or unapproved shop): shown inside the shop's shell.
export default async function StorefrontNotFound() {
  const { t } = await getT();
  return (
    <StatusPage
      code="404"
      title={t("errors.notFoundTitle")}
      text={t("errors.notFoundText")}
      homeLabel={t("common.backHome")}
    />
  );
}
