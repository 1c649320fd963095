import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ADD_TO_CART_MESSAGES, ProductAddToCart } from "@/components/cart/product-add-to-cart";
import { Breadcrumbs, type Crumb } from "@/components/product-page/breadcrumbs";
import { formatDistance } from "@/lib/geo/format-distance";
import { JsonLdScript } from "@/components/product-page/json-ld-script";
import { ProductGallery } from "@/components/product-page/product-gallery";
import { ShopCard } from "@/components/product-page/shop-card";
import { RatingSummary } from "@/components/reviews/rating-summary";
import { ReviewList } from "@/components/reviews/review-list";
import { Markdown } from "@/components/products/markdown";
import { DeliveryOptions } from "@/components/shop-page/delivery-options";
import { ProductGrid } from "@/components/storefront/product-grid";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { appUrl } from "@/lib/app-url";
import { getPublicProduct, type PublicProduct } from "@/lib/catalog/get-public-product";
import { listMoreFromShop } from "@/lib/catalog/list-more-from-shop";
import { distanceKm } from "@/lib/geo/distance";
import { getT } from "@/lib/i18n/server";
import { addToCartAction } from "@/app/(storefront)/cart/actions";
import type { Translate } from "@/lib/i18n/translate";
import { getViewerLocation } from "@/lib/location/get-viewer-location";
import { formatMoney } from "@/lib/money/format-money";
import { listProductReviews } from "@/lib/reviews/list-public-reviews";
import { buildProductJsonLd } from "@/lib/seo/json-ld";
import { openingStatus } from "@/lib/shops/opening-status";

type ProductPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ photo?: string | string[]; reviews?: string | string[] }>;
};

// generateMetadata and the page read the same product once per request.
const loadProduct = cache(getPublicProduct);

function summary(product: PublicProduct): string {
  const text = (product.shortDescription || product.description)
    .replace(/[#*_`>\[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= 200 ? text : `${text.slice(0, 199).replace(/\s+\S*$/, "")}…`;
}

/** "?reviews=2" → 2; anything else → 1 (listProductReviews brings a page past the end back to the last). */
function reviewsPage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

function selectedPhoto(value: string | string[] | undefined, count: number): number {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number >= 1 && number <= count ? number - 1 : 0;
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { locale } = await getT();
  const product = await loadProduct((await params).slug, locale);
  if (!product) return {};
  const url = appUrl(`/p/${product.slug}`);
  const description = summary(product);
  const image = product.images[0];
  return {
    title: product.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      // Next's OpenGraph types know no "product": the page renders og:type itself (React hoists it into <head>).
      title: product.title,
      description,
      url,
      siteName: "Halle",
      ...(image
        ? {
            images: [
              {
                url: appUrl(image.url),
                alt: image.alt,
                ...(image.width && image.height ? { width: image.width, height: image.height } : {}),
              },
            ],
          }
        : {}),
    },
  };
}

function StockLine({ state, t }: { state: PublicProduct["stockState"]; t: Translate }) {
  const styles = state === "OUT_OF_STOCK" ? "bg-stone-200 text-stone-800" : "bg-green-100 text-green-900";
  const label =
    state === "IN_STOCK"
      ? t("productPage.stock.inStock")
      : state === "OUT_OF_STOCK"
        ? t("productPage.stock.outOfStock")
        : t("productPage.stock.notTracked");
  return <p className={`w-fit rounded-full px-2.5 py-0.5 text-sm font-semibold ${styles}`}>{label}</p>;
}

export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  const [{ slug }, { photo, reviews: reviewsParam }, { locale, t }] = await Promise.all([params, searchParams, getT()]);
  const product = await loadProduct(slug, locale);
  if (!product) notFound();
  const [more, viewer, reviews] = await Promise.all([
    listMoreFromShop({ shopId: product.shop.id, excludeProductId: product.id }),
    getViewerLocation(),
    listProductReviews(product.id, reviewsPage(reviewsParam)),
  ]);

  const { shop } = product;
  const price = formatMoney(product.priceAmount, product.currency, locale);
  const compareAt =
    product.compareAtAmount !== null && product.compareAtAmount > product.priceAmount
      ? formatMoney(product.compareAtAmount, product.currency, locale)
      : null;
  const distance =
    viewer && shop.latitude !== null && shop.longitude !== null
      ? formatDistance(
          distanceKm({ lat: viewer.latitude, lng: viewer.longitude }, { lat: shop.latitude, lng: shop.longitude }),
          locale,
        )
      : null;
  const url = appUrl(`/p/${product.slug}`);
  const crumbs: Crumb[] = [
    { name: t("productPage.home"), href: "/" },
    ...product.categoryPath.map((category) => ({ name: category.name, href: `/c/${category.slug}` })),
    { name: product.title, href: `/p/${product.slug}` },
  ];
  const jsonLd = buildProductJsonLd({
    url,
    title: product.title,
    description: product.shortDescription,
    imageUrls: product.images.map((image) => appUrl(image.url)),
    priceAmount: product.priceAmount,
    currency: product.currency,
    inStock: product.stockState !== "OUT_OF_STOCK",
    category: product.categoryPath.at(-1)?.name,
    seller: { name: shop.name, url: appUrl(`/shops/${shop.slug}`) },
    // the product's own ratings, and a few of the newest (the first page's)
    rating: { ...product.rating, reviews: reviews.page === 1 ? reviews.reviews : [] },
  });

  return (
    <article className="flex flex-col gap-10">
      <meta property="og:type" content="product" />
      <JsonLdScript data={jsonLd} />
      <Breadcrumbs label={t("productPage.breadcrumbs")} items={crumbs} />

      <div className="grid gap-8 lg:grid-cols-2">
        <ProductGallery
          slug={product.slug}
          images={product.images}
          selected={selectedPhoto(photo, product.images.length)}
          labels={{
            gallery: t("productPage.gallery.label"),
            thumbnails: t("productPage.gallery.thumbnails"),
            noPhoto: t("productPage.gallery.noPhoto"),
            showPhoto: (number, count) => t("productPage.gallery.showPhoto", { number, count }),
          }}
        />

        <div className="flex flex-col gap-4">
          <p className="text-sm text-stone-600">{t(`productPage.kind.${product.kind}`)}</p>
          <h1 className="-mt-3 text-3xl font-bold">{product.title}</h1>
          <RatingSummary sum={product.rating.sum} count={product.rating.count} locale={locale} t={t} href="#reviews" />
          <div className="flex flex-col gap-1" data-testid="product-price">
            <p className="flex flex-wrap items-baseline gap-3">
              <span className="text-2xl font-semibold text-brand-800">
                {product.priceUnit ? t("product.perUnit", { price, unit: product.priceUnit }) : price}
              </span>
              {compareAt ? (
                <s className="text-stone-600">
                  <span className="sr-only">{t("productPage.price.compareAt", { price: compareAt })}</span>
                  <span aria-hidden="true">{compareAt}</span>
                </s>
              ) : null}
            </p>
            {product.estimatedPrice ? (
              <p className="text-sm text-stone-700">
                {product.priceUnit
                  ? t("productPage.price.estimatedPerUnit", { unit: product.priceUnit })
                  : t("productPage.price.estimated")}
              </p>
            ) : null}
          </div>
          <StockLine state={product.stockState} t={t} />
          {product.shortDescription ? <p className="text-lg text-stone-800">{product.shortDescription}</p> : null}

          <ClientMessages locale={locale} namespaces={ADD_TO_CART_MESSAGES}>
            <ProductAddToCart
              productId={product.id}
              soldOut={product.stockState === "OUT_OF_STOCK"}
              addToCart={addToCartAction}
              t={t}
            />
          </ClientMessages>

          <ShopCard
            shop={shop}
            status={openingStatus(shop.openingHours, new Date())}
            distance={distance}
            locale={locale}
            t={t}
          />
        </div>
      </div>

      {product.description ? (
        <Section id="description" title={t("productPage.description")}>
          <Markdown source={product.description} className="max-w-prose" />
        </Section>
      ) : null}

      <Section id="delivery" title={t("productPage.delivery.title")}>
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-3 font-semibold">{t("productPage.delivery.modes")}</h3>
            <DeliveryOptions delivery={shop.delivery} locale={locale} t={t} />
          </div>
          <div>
            <h3 className="mb-3 font-semibold">{t("productPage.delivery.returns")}</h3>
            <p className="text-stone-700">{t("productPage.delivery.returnsText")}</p>
            <Link href={`/shops/${shop.slug}#contact-form`} className={`${textLink} mt-2 inline-block`}>
              {t("shopPage.contactForm.title")}
            </Link>
          </div>
        </div>
      </Section>

      <Section id="reviews" title={t("ratings.list.productTitle")}>
        <ReviewList
          page={reviews}
          pageHref={(page) => (page > 1 ? `/p/${product.slug}?reviews=${page}#reviews` : `/p/${product.slug}#reviews`)}
          empty={{ title: t("ratings.list.productEmpty"), text: t("ratings.list.productEmptyText") }}
          locale={locale}
          t={t}
        />
      </Section>

      <Section id="more-from-shop" title={t("productPage.moreFromShop")}>
        {more.length > 0 ? (
          <ProductGrid products={more} addToCart={addToCartAction} locale={locale} t={t} showShop={false} />
        ) : (
          <EmptyState headingLevel="h3" title={t("productPage.moreFromShopEmpty")} />
        )}
      </Section>
    </article>
  );
}
