import type { Metadata } from "next";
import Link from "next/link";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchPagination } from "@/components/search/search-pagination";
import { SEARCH_RESULTS_MESSAGES, toSearchResultView } from "@/components/search/search-result-view";
import { SearchResults } from "@/components/search/search-results";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { getT } from "@/lib/i18n/server";
import { addToCartAction } from "@/app/(storefront)/cart/actions";
import { getViewerLocation } from "@/lib/location/get-viewer-location";
import { formatCount } from "@/lib/search/format-count";
import { listSearchCategories } from "@/lib/search/list-search-categories";
import { parseSearchParams, searchHref, type RawSearchParams } from "@/lib/search/search-params";
import { searchProducts } from "@/lib/search/search-products";
import { RADIUS_CHOICES_KM } from "@/lib/search/search-query";

type SearchPageProps = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const [{ locale, t }, params] = await Promise.all([getT(), searchParams]);
  const { values } = parseSearchParams(params, locale, false);
  return {
    title: values.q ? t("searchPage.metaTitle", { query: values.q }) : t("searchPage.title"),
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const [{ locale, t }, location, params] = await Promise.all([getT(), getViewerLocation(), searchParams]);
  const { values, input, invalid } = parseSearchParams(params, locale, location !== null);
  const [result, categories] = await Promise.all([
    searchProducts({
      ...input,
      near: location ? { latitude: location.latitude, longitude: location.longitude } : null,
      locale,
    }),
    listSearchCategories(locale),
  ]);
  const count = formatCount(result.total, locale);
  const hasFilters = Boolean(
    values.category || values.radius || values.delivery || values.stock || values.min || values.max || values.rating,
  );
  const widerRadius = values.radius ? RADIUS_CHOICES_KM.find((km) => km > Number(values.radius)) : undefined;

  return (
    <>
      <PageHeader title={values.q ? t("searchPage.titleWithQuery", { query: values.q }) : t("searchPage.title")} />
      {location ? (
        <p className="-mt-4 mb-6 text-sm text-stone-600">
          {t("searchPage.location.near", { place: location.label })}{" "}
          <Link href="/location" className={textLink}>
            {t("searchPage.location.change")}
          </Link>
        </p>
      ) : (
        <p className="-mt-2 mb-6 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm">
          {t("searchPage.noLocation.text")}{" "}
          <Link href="/location" className={textLink}>
            {t("searchPage.noLocation.link")}
          </Link>
        </p>
      )}
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <section aria-labelledby="search-results-heading" className="md:col-start-2 md:row-start-1">
          <h2 id="search-results-heading" className="sr-only">
            {t("searchPage.results.heading")}
          </h2>
          <div className="mb-4 flex items-baseline justify-between gap-4">
            <p role="status" className="font-medium">
              {result.total === 1 ? t("searchPage.results.countOne") : t("searchPage.results.count", { count })}
            </p>
            {/* On a phone the filters come after the results: a link jumps there. */}
            <a href="#search-filters" className={`${textLink} md:hidden`}>
              {t("searchPage.form.jump")}
            </a>
          </div>
          {result.approximate ? (
            <p className="mb-4 text-sm text-stone-700">{t("searchPage.results.approximate", { query: values.q })}</p>
          ) : null}
          {result.hits.length === 0 ? (
            <EmptyState title={t("searchPage.empty.title")} text={t("searchPage.empty.text")} headingLevel="h3">
              {hasFilters ? (
                <Link
                  href={searchHref(
                    { ...values, category: "", radius: "", delivery: "", stock: "", min: "", max: "", rating: "" },
                    {},
                  )}
                  className={secondaryButton}
                >
                  {t("searchPage.empty.clearFilters")}
                </Link>
              ) : null}
              {values.radius ? (
                <Link
                  href={searchHref(values, { radius: widerRadius ? String(widerRadius) : "" })}
                  className={secondaryButton}
                >
                  {widerRadius
                    ? t("searchPage.empty.widenRadius", { km: widerRadius })
                    : t("searchPage.empty.anyDistance")}
                </Link>
              ) : null}
            </EmptyState>
          ) : (
            <ClientMessages locale={locale} namespaces={SEARCH_RESULTS_MESSAGES}>
              <SearchResults
                addToCart={addToCartAction}
                results={result.hits.map((hit) => toSearchResultView(hit, locale, t))}
              />
            </ClientMessages>
          )}
          <SearchPagination values={values} page={result.page} pageCount={result.pageCount} t={t} />
        </section>
        <aside
          id="search-filters"
          aria-label={t("searchPage.form.label")}
          className="flex flex-col gap-8 md:col-start-1 md:row-start-1"
        >
          <SearchFilters
            values={values}
            invalid={invalid}
            categories={categories}
            hasLocation={location !== null}
            locale={locale}
            t={t}
          />
          <SearchFacets values={values} categories={result.facets.categories} delivery={result.facets.delivery} t={t} />
        </aside>
      </div>
    </>
  );
}
