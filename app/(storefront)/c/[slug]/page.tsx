import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/components/product-page/breadcrumbs";
import { JsonLdScript } from "@/components/product-page/json-ld-script";
import { ProductGrid } from "@/components/storefront/product-grid";
import { EmptyState } from "@/components/ui/empty-state";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { appUrl } from "@/lib/app-url";
import { getCategoryBySlug } from "@/lib/catalog/get-category-by-slug";
import { listCategoryProducts } from "@/lib/catalog/list-category-products";
import { getT } from "@/lib/i18n/server";
import { addToCartAction } from "@/app/(storefront)/cart/actions";
import { buildBreadcrumbJsonLd } from "@/lib/seo/json-ld";
import { isCleanText, pageParam } from "@/lib/text/clean-text";

type CategoryPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

// A slug with a NUL byte or a control character is no category (it never reaches PostgreSQL).
const loadCategory = cache((slug: string, locale: string) =>
  isCleanText(slug) ? getCategoryBySlug(slug, locale) : Promise.resolve(null),
);

// A whole page from 1 to MAX_PAGE; nonsense is page 1 (lib/text/clean-text.ts).
const pageNumber = pageParam;

const pageHref = (slug: string, page: number) => (page <= 1 ? `/c/${slug}` : `/c/${slug}?page=${page}`);

export async function generateMetadata({ params, searchParams }: CategoryPageProps): Promise<Metadata> {
  const { locale, t } = await getT();
  const category = await loadCategory((await params).slug, locale);
  if (!category) return {};
  const page = pageNumber((await searchParams).page);
  const url = appUrl(pageHref(category.slug, page));
  const description = t("productPage.category.metaDescription", { category: category.name });
  return {
    title: category.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: category.name, description, url },
  };
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  const [{ slug }, query, { locale, t }] = await Promise.all([params, searchParams, getT()]);
  const category = await loadCategory(slug, locale);
  if (!category) notFound();
  const { products, page, pageCount, total } = await listCategoryProducts(category.id, {
    page: pageNumber(query.page),
  });

  const crumbs = [
    { name: t("productPage.home"), href: "/" },
    ...category.ancestors.map((ancestor) => ({ name: ancestor.name, href: `/c/${ancestor.slug}` })),
    { name: category.name, href: `/c/${category.slug}` },
  ];

  return (
    <div className="flex flex-col gap-8">
      <JsonLdScript
        data={buildBreadcrumbJsonLd(crumbs.map((crumb) => ({ name: crumb.name, url: appUrl(crumb.href) })))}
      />
      <Breadcrumbs label={t("productPage.breadcrumbs")} items={crumbs} />
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{category.name}</h1>
        <p className="text-stone-700">
          {total === 0
            ? t("productPage.category.countNone")
            : total === 1
              ? t("productPage.category.countOne")
              : t("productPage.category.countMany", { count: total })}
        </p>
      </header>

      {category.children.length > 0 ? (
        <nav aria-label={t("productPage.category.subcategories")}>
          <ul className="flex flex-wrap gap-2">
            {category.children.map((child) => (
              <li key={child.slug}>
                <Link
                  href={`/c/${child.slug}`}
                  className="inline-flex min-h-10 items-center rounded-full border border-stone-300 bg-white px-4 hover:border-brand-600 hover:bg-brand-50"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="category-products-title" className="flex flex-col gap-6">
        <h2 id="category-products-title" className="sr-only">
          {t("productPage.category.products")}
        </h2>
        {products.length > 0 ? (
          <ProductGrid products={products} addToCart={addToCartAction} locale={locale} t={t} />
        ) : (
          <EmptyState
            headingLevel="h3"
            title={t("productPage.category.empty")}
            text={t("productPage.category.emptyText")}
          >
            <Link href="/search" className={textLink}>
              {t("productPage.category.search")}
            </Link>
          </EmptyState>
        )}

        {pageCount > 1 ? (
          <nav
            aria-label={t("productPage.category.pagination")}
            className="flex flex-wrap items-center justify-between gap-3"
          >
            {page > 1 ? (
              <Link
                href={pageHref(category.slug, Math.min(page - 1, pageCount))}
                rel="prev"
                className={secondaryButton}
              >
                {t("productPage.category.previous")}
              </Link>
            ) : (
              <span />
            )}
            <p aria-current="page">{t("productPage.category.pageOf", { page, count: pageCount })}</p>
            {page < pageCount ? (
              <Link href={pageHref(category.slug, page + 1)} rel="next" className={secondaryButton}>
                {t("productPage.category.next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
