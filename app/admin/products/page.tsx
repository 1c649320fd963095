import type { Metadata } from "next";
import Link from "next/link";
import { ModerationPagination, ModerationProductList } from "@/components/admin/moderation-product-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { inputBase, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { listProductsForModeration } from "@/lib/catalog/moderation/list-products-for-moderation";
import { MODERATION_FILTERS, MODERATION_REASON_MAX } from "@/lib/catalog/moderation/schemas";
import { getT } from "@/lib/i18n/server";
import { liftProductHoldAction, unpublishProductAction } from "./actions";
import { moderationHref } from "./list-href";

type SearchParams = Promise<{
  status?: string | string[];
  q?: string | string[];
  page?: string | string[];
  done?: string | string[];
}>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("moderation.nav.products") };
}

export default async function AdminProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/products", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const requestedPage = Number.parseInt(first(params.page) || "1", 10);
  const list = await listProductsForModeration(actor, {
    filter: first(params.status) || "ACTIVE",
    query: first(params.q),
    page: Number.isNaN(requestedPage) ? 1 : requestedPage,
  });
  const listState = { status: list.filter.toLowerCase(), q: list.query, page: String(list.page) };

  return (
    <>
      <PageHeader title={t("moderation.nav.products")} description={t("moderation.list.intro")} />
      {first(params.done) === "unpublished" ? (
        <div className="mb-6">
          <FormMessage success={t("moderation.done.unpublished")} />
        </div>
      ) : null}
      {first(params.done) === "lifted" ? (
        <div className="mb-6">
          <FormMessage success={t("security.review.moderation.lifted")} />
        </div>
      ) : null}
      <nav aria-label={t("moderation.list.filtersLabel")} className="mb-4 overflow-x-auto">
        <ul className="flex gap-2">
          {MODERATION_FILTERS.map((filter) => (
            <li key={filter} className="shrink-0">
              <Link
                href={moderationHref({ filter, query: list.query })}
                aria-current={filter === list.filter ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium whitespace-nowrap hover:bg-stone-100 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {t(`moderation.filters.${filter}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/admin/products" role="search" className="mb-6 flex flex-wrap items-end gap-2">
        <input type="hidden" name="status" value={list.filter.toLowerCase()} />
        <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-md">
          <label htmlFor="products-search" className="font-medium">
            {t("moderation.list.searchLabel")}
          </label>
          <input
            id="products-search"
            name="q"
            type="search"
            defaultValue={list.query}
            maxLength={100}
            className={inputBase}
          />
        </div>
        <button type="submit" className={secondaryButton}>
          {t("moderation.list.searchSubmit")}
        </button>
      </form>
      <p className="mb-3 text-sm text-stone-600" role="status">
        {t("moderation.list.resultCount", { count: list.total })}
      </p>
      {list.products.length > 0 ? (
        <>
          <ModerationProductList
            products={list.products}
            listState={listState}
            unpublishAction={unpublishProductAction}
            liftHoldAction={liftProductHoldAction}
            reasonMaxLength={MODERATION_REASON_MAX}
            locale={locale}
            t={t}
          />
          <ModerationPagination
            page={list.page}
            pages={list.pages}
            hrefOf={(page) => moderationHref({ filter: list.filter, query: list.query, page })}
            t={t}
          />
        </>
      ) : (
        <EmptyState
          title={
            list.query ? t("moderation.list.emptySearch", { query: list.query }) : t(`moderation.empty.${list.filter}`)
          }
        />
      )}
    </>
  );
}
