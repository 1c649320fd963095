import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { listMyProductCategories } from "@/lib/catalog/products/list-my-product-categories";
import { listMyProducts, productListQuerySchema, type ProductListQuery } from "@/lib/catalog/products/list-my-products";
import { getT } from "@/lib/i18n/server";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { BulkActionsForm } from "./bulk-actions-form";
import { pluralForm } from "./plural";
import { ProductFilters } from "./product-filters";
import { ProductTable } from "./product-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("productList.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The query string of the list for another page, keeping search, filters and sort. */
function pageHref(query: ProductListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status !== "current") params.set("status", query.status);
  if (query.stock !== "any") params.set("stock", query.stock);
  if (query.category) params.set("category", query.category);
  if (query.sort !== "newest") params.set("sort", query.sort);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/dashboard/products?${text}` : "/dashboard/products";
}

export default async function DashboardProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/dashboard/products", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("productList.title")} />
        <EmptyState title={t("productList.noShopTitle")} text={t("productList.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("productList.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const query = productListQuerySchema.parse(raw);
  const [list, categories] = await Promise.all([
    listMyProducts(actor, shop.id, raw, locale),
    listMyProductCategories(actor, shop.id, locale),
  ]);
  const first = (list.page - 1) * list.pageSize + 1;

  return (
    <>
      <PageHeader title={t("productList.title")} description={t("productList.intro", { shop: shop.name })} />
      <div className="mb-4 flex flex-wrap gap-3">
        <Link href="/dashboard/products/new" className={primaryButton}>
          {t("productList.newProduct")}
        </Link>
        <Link href="/dashboard/products/import" className={secondaryButton}>
          {t("productList.importCsv")}
        </Link>
        <Link href="/dashboard/products/export" className={secondaryButton}>
          {t("productList.exportCsv")}
        </Link>
      </div>

      {!list.shopHasProducts ? (
        <EmptyState title={t("productList.empty.noProductsTitle")} text={t("productList.empty.noProductsText")}>
          <Link href="/dashboard/products/new" className={primaryButton}>
            {t("productList.empty.addFirst")}
          </Link>
        </EmptyState>
      ) : (
        <>
          <ProductFilters query={query} categories={categories} t={t} />
          <p role="status" className="mb-3 text-stone-700">
            {t(`productList.results.${pluralForm(locale, list.total)}`, { count: list.total })}
            {list.total > 0
              ? ` · ${t("productList.resultsRange", { from: first, to: first + list.rows.length - 1, total: list.total })}`
              : null}
          </p>
          {list.rows.length === 0 ? (
            <EmptyState title={t("productList.empty.noMatchTitle")} text={t("productList.empty.noMatchText")}>
              <Link href="/dashboard/products" className={secondaryButton}>
                {t("productList.filters.clear")}
              </Link>
            </EmptyState>
          ) : (
            <ClientMessages
              locale={locale}
              namespaces={[
                "productList.bulk",
                "productList.table.selectAll",
                "productList.quickEdit",
                "productList.status",
              ]}
            >
              <BulkActionsForm />
              <ProductTable rows={list.rows} locale={locale} t={t} />
              {list.pageCount > 1 ? (
                <nav
                  aria-label={t("productList.pagination.label")}
                  className="mt-4 flex flex-wrap items-center justify-between gap-3"
                >
                  {list.page > 1 ? (
                    <Link href={pageHref(query, list.page - 1)} rel="prev" className={textLink}>
                      {t("productList.pagination.previous")}
                    </Link>
                  ) : (
                    <span />
                  )}
                  <span aria-current="page">
                    {t("productList.pagination.page", { page: list.page, count: list.pageCount })}
                  </span>
                  {list.page < list.pageCount ? (
                    <Link href={pageHref(query, list.page + 1)} rel="next" className={textLink}>
                      {t("productList.pagination.next")}
                    </Link>
                  ) : (
                    <span />
                  )}
                </nav>
              ) : null}
            </ClientMessages>
          )}
        </>
      )}
    </>
  );
}
