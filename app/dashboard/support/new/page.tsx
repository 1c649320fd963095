import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { SupportRequestForm } from "@/components/support/support-request-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { listMyShops } from "@/lib/shops/list-my-shops";
import { listSupportOrderChoices } from "@/lib/support/get-support-request";
import { SUPPORT_LIMITS } from "@/lib/support/schemas";
import { openSupportRequestAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("support.form.title") };
}

/** A new request to the operator, for the current shop or another of the vendor's shops. */
export default async function NewSupportRequestPage() {
  const actor = await requireRole("/dashboard/support/new", "VENDOR");
  const { locale, t } = await getT();
  const [shops, current] = await Promise.all([listMyShops(actor), getDashboardShop(actor)]);
  const currentShopId = current?.id ?? shops[0]?.id;
  const back = (
    <p className="mb-4">
      <Link href="/dashboard/support" className={textLink}>
        {t("support.vendor.back")}
      </Link>
    </p>
  );
  if (!currentShopId) {
    return (
      <>
        {back}
        <PageHeader title={t("support.form.title")} />
        <EmptyState title={t("support.vendor.emptyTitle")} text={t("support.vendor.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("support.vendor.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const orders = await listSupportOrderChoices(actor, currentShopId);
  return (
    <>
      {back}
      <PageHeader title={t("support.form.title")} description={t("support.form.intro")} />
      <ClientMessages locale={locale} namespaces={["support.form"]}>
        <SupportRequestForm
          action={openSupportRequestAction}
          shops={shops.map((shop) => ({ id: shop.id, name: shop.name }))}
          currentShopId={currentShopId}
          orders={orders.map((order) => ({
            id: order.id,
            label: t("support.form.orderOption", { number: order.orderNumber, date: date.format(order.createdAt) }),
          }))}
          limits={SUPPORT_LIMITS}
        />
      </ClientMessages>
    </>
  );
}
