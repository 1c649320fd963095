import type { Metadata } from "next";
import Link from "next/link";
import { OrderLines } from "@/components/orders/order-lines";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { ShopOrderAmounts, ShopOrderCustomer } from "@/components/orders/shop-order-summary";
import { ShopOrderStatusBadge } from "@/components/orders/shop-order-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listShopOrders, SHOP_ORDER_FILTER_STATUSES, type ShopOrderListQuery } from "@/lib/orders/list-shop-orders";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.orders") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pageHref(query: ShopOrderListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/dashboard/orders?${text}` : "/dashboard/orders";
}

export default async function DashboardOrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/dashboard/orders", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("orders.dashboard.title")} />
        <EmptyState title={t("orders.dashboard.noShopTitle")} text={t("orders.dashboard.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("orders.dashboard.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const list = await listShopOrders(actor, shop.id, raw);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

  return (
    <>
      <PageHeader title={t("orders.dashboard.title")} description={t("orders.dashboard.intro", { shop: shop.name })} />
      {!list.shopHasOrders ? (
        <EmptyState title={t("orders.dashboard.emptyTitle")} text={t("orders.dashboard.emptyText")} />
      ) : (
        <>
          <form method="get" action="/dashboard/orders" className="mb-6 flex flex-wrap items-end gap-3">
            <div className="min-w-56">
              <SelectField
                id="order-status"
                name="status"
                label={t("orders.dashboard.filterLabel")}
                defaultValue={list.query.status ?? ""}
                options={[
                  { value: "", label: t("orders.dashboard.filterAll") },
                  ...SHOP_ORDER_FILTER_STATUSES.map((status) => ({
                    value: status,
                    label: t(`orders.partStatus.${status}`),
                  })),
                ]}
              />
            </div>
            <button type="submit" className={secondaryButton}>
              {t("orders.dashboard.filterApply")}
            </button>
          </form>
          {list.rows.length === 0 ? (
            <EmptyState title={t("orders.dashboard.noMatchTitle")} text={t("orders.dashboard.noMatchText")}>
              <Link href="/dashboard/orders" className={secondaryButton}>
                {t("orders.dashboard.filterClear")}
              </Link>
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-4">
              {list.rows.map((part) => (
                <li key={part.id} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
                  <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                    <h2 className="text-lg font-semibold">
                      <Link
                        href={`/dashboard/orders/${part.id}`}
                        className={textLink}
                        aria-label={t("orders.dashboard.open", { number: part.orderNumber })}
                      >
                        {t("orders.dashboard.detailTitle", { number: part.orderNumber })}
                      </Link>
                    </h2>
                    <ShopOrderStatusBadge status={part.status} t={t} />
                  </div>
                  {part.paidAt ? (
                    <p className="mb-3 text-stone-600">
                      {t("orders.dashboard.placedOn", { date: date.format(part.paidAt) })}
                    </p>
                  ) : null}
                  <ShopOrderCustomer part={part} t={t} />
                  <div className="mt-4 grid gap-4 md:grid-cols-2">
                    <OrderLines lines={part.lines} currency={part.currency} locale={locale} t={t} />
                    <ShopOrderAmounts part={part} locale={locale} t={t} />
                  </div>
                </li>
              ))}
            </ul>
          )}
          <PaginationNav
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => pageHref(list.query, page)}
            t={t}
          />
        </>
      )}
    </>
  );
}
