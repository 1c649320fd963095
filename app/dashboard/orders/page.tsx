import type { Metadata } from "next";
import Link from "next/link";
import { ShopOrderRow } from "@/components/dashboard/orders/shop-order-row";
import { listUnreadParts } from "@/lib/orders/conversation/list-unread-parts";
import { ShopOrderSearch } from "@/components/dashboard/orders/shop-order-search";
import { ShopOrderTabs } from "@/components/dashboard/orders/shop-order-tabs";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import {
  listShopOrders,
  SEARCH_MAX_LENGTH,
  SHOP_ORDER_TABS,
  type ShopOrderListQuery,
} from "@/lib/orders/list-shop-orders";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.orders") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function listHref(query: Partial<ShopOrderListQuery>): string {
  const params = new URLSearchParams();
  if (query.tab && query.tab !== "all") params.set("tab", query.tab);
  if (query.q) params.set("q", query.q);
  if (query.page && query.page > 1) params.set("page", String(query.page));
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
  const unread = await listUnreadParts(
    actor,
    list.rows.map((row) => row.id),
  );
  const { tab, q } = list.query;

  return (
    <>
      <PageHeader title={t("orders.dashboard.title")} description={t("orders.dashboard.intro", { shop: shop.name })} />
      {!list.shopHasOrders ? (
        <EmptyState title={t("orders.dashboard.emptyTitle")} text={t("orders.dashboard.emptyText")} />
      ) : (
        <>
          <ShopOrderTabs
            tabs={SHOP_ORDER_TABS}
            current={tab}
            counts={list.counts}
            href={(next) => listHref({ tab: next, q })}
            t={t}
          />
          <ShopOrderSearch tab={tab} q={q} maxLength={SEARCH_MAX_LENGTH} clearHref={listHref({ tab })} t={t} />
          {list.rows.length === 0 ? (
            <EmptyState
              title={t("orders.life.noMatchTitle")}
              text={q ? t("orders.life.noSearchMatchText", { q }) : t("orders.life.noMatchText")}
            >
              {q || tab !== "all" ? (
                <Link href="/dashboard/orders" className={secondaryButton}>
                  {t("orders.dashboard.filterClear")}
                </Link>
              ) : null}
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-3" aria-label={t("orders.dashboard.tableCaption")}>
              {list.rows.map((row) => (
                <li key={row.id}>
                  <ShopOrderRow row={row} unread={unread.has(row.id)} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          )}
          <PaginationNav
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref({ tab, q, page })}
            t={t}
          />
        </>
      )}
    </>
  );
}
