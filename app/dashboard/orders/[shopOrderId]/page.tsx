import type { Metadata } from "next";
import Link from "next/link";
import { OrderLines } from "@/components/orders/order-lines";
import { ShopOrderAmounts, ShopOrderCustomer } from "@/components/orders/shop-order-summary";
import { ShopOrderStatusBadge } from "@/components/orders/shop-order-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getShopOrder } from "@/lib/orders/get-shop-order";

type PageProps = { params: Promise<{ shopOrderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.orders") };
}

export default async function DashboardOrderPage({ params }: PageProps) {
  const { shopOrderId } = await params;
  const actor = await requireRole(`/dashboard/orders/${encodeURIComponent(shopOrderId)}`, "VENDOR");
  const { locale, t } = await getT();
  const part = await orNotFound(getShopOrder(actor, shopOrderId));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });

  return (
    <>
      <p className="mb-4">
        <Link href="/dashboard/orders" className={textLink}>
          {t("orders.dashboard.back")}
        </Link>
      </p>
      <PageHeader title={t("orders.dashboard.detailTitle", { number: part.orderNumber })} description={part.shopName} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <ShopOrderStatusBadge status={part.status} t={t} />
        {part.paidAt ? (
          <span className="text-stone-600">{t("orders.dashboard.placedOn", { date: date.format(part.paidAt) })}</span>
        ) : null}
      </div>
      <div className="flex flex-col gap-8">
        <Section id="customer" title={t("orders.dashboard.customerSection")}>
          <ShopOrderCustomer part={part} t={t} />
        </Section>
        <Section id="lines" title={t("orders.dashboard.lines")}>
          <OrderLines lines={part.lines} currency={part.currency} locale={locale} t={t} />
        </Section>
        <Section id="amounts" title={t("orders.dashboard.amounts")}>
          <div className="max-w-md">
            <ShopOrderAmounts part={part} locale={locale} t={t} />
          </div>
        </Section>
      </div>
    </>
  );
}
