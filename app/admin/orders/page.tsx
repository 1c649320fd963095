import type { Metadata } from "next";
import Link from "next/link";
import { AdminOrderFilters } from "@/components/admin/orders/admin-order-filters";
import { AdminOrderList } from "@/components/admin/orders/admin-order-list";
import { ShopOrderTabs } from "@/components/dashboard/orders/shop-order-tabs";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listAllShopOrders, type AllShopOrdersQuery } from "@/lib/orders/list-all-shop-orders";
import { SEARCH_MAX_LENGTH, SHOP_ORDER_TABS } from "@/lib/orders/list-shop-orders";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.orders") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function listHref(query: Partial<AllShopOrdersQuery>): string {
  const params = new URLSearchParams();
  if (query.tab && query.tab !== "all") params.set("tab", query.tab);
  if (query.q) params.set("q", query.q);
  if (query.shop) params.set("shop", query.shop);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return text ? `/admin/orders?${text}` : "/admin/orders";
}

/** Every shop's orders, for the operators: tabs, search, shop filter, problems first (docs/domain.md). */
export default async function AdminOrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/orders", "OPERATOR");
  const { locale, t } = await getT();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const list = await listAllShopOrders(actor, raw);
  const { tab, q, shop } = list.query;
  const filtered = Boolean(q || shop);

  return (
    <>
      <PageHeader title={t("admin.nav.orders")} description={t("orders.admin.intro")} />
      {!list.anyOrders ? (
        <EmptyState title={t("orders.admin.emptyTitle")} text={t("orders.admin.emptyText")} />
      ) : (
        <>
          <ShopOrderTabs
            tabs={SHOP_ORDER_TABS}
            current={tab}
            counts={list.counts}
            href={(next) => listHref({ tab: next, q, shop })}
            t={t}
          />
          <AdminOrderFilters
            tab={tab}
            q={q}
            shop={shop}
            shops={list.shops}
            maxLength={SEARCH_MAX_LENGTH}
            clearHref={filtered ? listHref({ tab }) : null}
            t={t}
          />
          <p className="sr-only" role="status">
            {t("orders.admin.resultCount", { count: list.total })}
          </p>
          {list.rows.length === 0 ? (
            <EmptyState
              title={t("orders.admin.noMatchTitle")}
              text={q ? t("orders.admin.noSearchMatchText", { q }) : t("orders.admin.noMatchText")}
            >
              {filtered || tab !== "all" ? (
                <Link href="/admin/orders" className={secondaryButton}>
                  {t("orders.admin.clearFilters")}
                </Link>
              ) : null}
            </EmptyState>
          ) : (
            <AdminOrderList rows={list.rows} locale={locale} t={t} />
          )}
          <PaginationNav
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref({ tab, q, shop, page })}
            t={t}
          />
        </>
      )}
    </>
  );
}
