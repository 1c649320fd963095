import { LoadingSkeleton } from "@/components/ui/loading-skeleton";
import { getT } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getT();
  return <LoadingSkeleton label={t("common.loading")} />;
}
