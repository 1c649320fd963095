import type { Metadata } from "next";
import Link from "next/link";
import { SellerList, SellerPagination } from "@/components/admin/seller-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { inputBase, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listSellers } from "@/lib/sellers/list-sellers";
import { SELLER_FILTERS, type SellerFilter } from "@/lib/sellers/schemas";

type SearchParams = Promise<{ status?: string | string[]; q?: string | string[]; page?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.sellers") };
}

function listHref(filter: SellerFilter, query: string, page = 1): string {
  const params = new URLSearchParams({ status: filter.toLowerCase() });
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  return `/admin/sellers?${params.toString()}`;
}

export default async function AdminSellersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/sellers", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const requestedPage = Number.parseInt(first(params.page) || "1", 10);
  const list = await listSellers(actor, {
    filter: first(params.status) || "PENDING",
    query: first(params.q),
    page: Number.isNaN(requestedPage) ? 1 : requestedPage,
  });

  return (
    <>
      <PageHeader title={t("admin.nav.sellers")} description={t("sellers.list.intro")} />
      <nav aria-label={t("sellers.list.filtersLabel")} className="mb-4 overflow-x-auto">
        <ul className="flex gap-2">
          {SELLER_FILTERS.map((filter) => (
            <li key={filter} className="shrink-0">
              <Link
                href={listHref(filter, list.query)}
                aria-current={filter === list.filter ? "page" : undefined}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 bg-white px-4 text-sm font-medium whitespace-nowrap hover:bg-stone-100 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {t(`sellers.filters.${filter}`)}
                <span className="rounded-full bg-stone-100 px-2 text-xs text-stone-700">{list.counts[filter]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/admin/sellers" role="search" className="mb-6 flex flex-wrap items-end gap-2">
        <input type="hidden" name="status" value={list.filter.toLowerCase()} />
        <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-md">
          <label htmlFor="sellers-search" className="font-medium">
            {t("sellers.list.searchLabel")}
          </label>
          <input
            id="sellers-search"
            name="q"
            type="search"
            defaultValue={list.query}
            maxLength={100}
            className={inputBase}
          />
        </div>
        <button type="submit" className={secondaryButton}>
          {t("sellers.list.searchSubmit")}
        </button>
      </form>
      <p className="sr-only" role="status">
        {t("sellers.list.resultCount", { count: list.total })}
      </p>
      {list.shops.length > 0 ? (
        <>
          <SellerList shops={list.shops} locale={locale} t={t} />
          <SellerPagination
            page={list.page}
            pages={list.pages}
            hrefOf={(page) => listHref(list.filter, list.query, page)}
            t={t}
          />
        </>
      ) : (
        <EmptyState
          title={list.query ? t("sellers.list.emptySearch", { query: list.query }) : t(`sellers.empty.${list.filter}`)}
        />
      )}
    </>
  );
}
