import type { Metadata } from "next";
import { SellerList } from "@/components/admin/seller-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listShopsForOperator } from "@/lib/shops/list-shops-for-operator";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.sellers") };
}

export default async function AdminSellersPage() {
  const actor = await requireRole("/admin/sellers", "OPERATOR");
  const { locale, t } = await getT();
  const shops = await listShopsForOperator(actor, { take: 100 });
  return (
    <>
      <PageHeader title={t("admin.nav.sellers")} />
      {shops.length > 0 ? <SellerList shops={shops} locale={locale} t={t} /> : <EmptyState title={t("admin.sellers.empty")} />}
    </>
  );
}
