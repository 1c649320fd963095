import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { JsonLdScript } from "@/components/product-page/json-ld-script";
import { RatingSummary } from "@/components/reviews/rating-summary";
import { ReviewList } from "@/components/reviews/review-list";
import { ContactDetails } from "@/components/shop-page/contact-details";
import { ContactForm } from "@/components/shop-page/contact-form";
import { DeliveryOptions } from "@/components/shop-page/delivery-options";
import { OpeningHoursTable } from "@/components/shop-page/opening-hours-table";
import { OpeningStatusBadge } from "@/components/shop-page/opening-status-badge";
import { ShopBanner } from "@/components/shop-page/shop-banner";
import { ShopMap } from "@/components/shop-page/shop-map";
import { ProductGrid } from "@/components/storefront/product-grid";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { appUrl } from "@/lib/app-url";
import { listShopProducts } from "@/lib/catalog/list-shop-products";
import { getT } from "@/lib/i18n/server";
import { addToCartAction } from "@/app/(storefront)/cart/actions";
import { listShopReviews } from "@/lib/reviews/list-public-reviews";
import { buildShopJsonLd } from "@/lib/seo/json-ld";
import { getApprovedShop, type ApprovedShopPage } from "@/lib/shops/get-approved-shop";
import { openingStatus } from "@/lib/shops/opening-status";
import { sendContactMessage } from "./actions";

type ShopPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ reviews?: string | string[] }>;
};

/** "?reviews=2" → 2; anything else → 1 (listShopReviews brings a page past the end back to the last). */
function reviewsPage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

// generateMetadata and the page read the same shop once per request.
const loadShop = cache(getApprovedShop);

function osmUrl(shop: ApprovedShopPage): string | null {
  if (shop.latitude !== null && shop.longitude !== null) {
    return `https://www.openstreetmap.org/?mlat=${shop.latitude}&mlon=${shop.longitude}#map=17/${shop.latitude}/${shop.longitude}`;
  }
  const address = [shop.addressLine, shop.postalCode, shop.city].filter(Boolean).join(" ");
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : null;
}

/** At most ~200 characters for search results and link previews, cut between words. */
function summarize(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[,.;:!?]+$/, "")}…`;
}

export async function generateMetadata({ params }: ShopPageProps): Promise<Metadata> {
  const [{ t }, shop] = await Promise.all([getT(), loadShop((await params).slug)]);
  if (!shop) return {};
  const description = shop.description.trim()
    ? summarize(shop.description)
    : shop.city
      ? t("shopPage.metaDescription", { trade: shop.trade, city: shop.city })
      : shop.trade;
  const url = appUrl(`/shops/${shop.slug}`);
  const image = shop.bannerUrl ?? shop.logoUrl;
  return {
    title: shop.name,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      title: shop.name,
      description,
      url,
      ...(image ? { images: [{ url: appUrl(image) }] } : {}),
    },
  };
}

export default async function ShopPage({ params, searchParams }: ShopPageProps) {
  const [{ slug }, { reviews: reviewsParam }] = await Promise.all([params, searchParams]);
  const [{ locale, t }, shop] = await Promise.all([getT(), loadShop(slug)]);
  if (!shop) notFound();
  const [products, reviews] = await Promise.all([
    listShopProducts(shop.slug, { take: 48 }),
    listShopReviews(shop.id, reviewsPage(reviewsParam)),
  ]);
  const jsonLd = buildShopJsonLd({
    url: appUrl(`/shops/${shop.slug}`),
    name: shop.name,
    description: shop.description ? summarize(shop.description) : "",
    imageUrl: shop.logoUrl ? appUrl(shop.logoUrl) : null,
    address: { street: shop.addressLine, postalCode: shop.postalCode, city: shop.city, country: shop.country },
    geo:
      shop.latitude !== null && shop.longitude !== null ? { latitude: shop.latitude, longitude: shop.longitude } : null,
    telephone: shop.phone,
    // a few of the newest published reviews (the first page's), with the counters of all of them
    rating: { ...shop.rating, reviews: reviews.page === 1 ? reviews.reviews : [] },
  });
  const status = openingStatus(shop.openingHours, new Date());
  const mapLink = osmUrl(shop);
  const hasAddress = Boolean(shop.addressLine || shop.city);

  return (
    <article className="flex flex-col gap-10">
      <JsonLdScript data={jsonLd} />
      <header>
        <ShopBanner name={shop.name} bannerUrl={shop.bannerUrl} logoUrl={shop.logoUrl} premium={shop.premium} t={t} />
        <div className="flex max-w-3xl flex-col gap-2">
          <h1 className="text-3xl font-bold">{shop.name}</h1>
          <p className="text-stone-600">
            {shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}
          </p>
          <RatingSummary sum={shop.rating.sum} count={shop.rating.count} locale={locale} t={t} href="#reviews" />
          <OpeningStatusBadge status={status} locale={locale} t={t} />
          {shop.description ? <p className="mt-2 whitespace-pre-line">{shop.description}</p> : null}
        </div>
      </header>

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="flex flex-col gap-10 lg:col-span-2">
          <Section id="hours" title={t("shopPage.hours.title")}>
            <div className="rounded-xl border border-stone-200 bg-white p-3">
              <OpeningHoursTable hours={shop.openingHours} status={status} locale={locale} t={t} />
            </div>
            <p className="mt-2 text-sm text-stone-600">{t("shopPage.hours.timeZoneNote")}</p>
          </Section>
          <Section id="delivery" title={t("shopPage.delivery.title")}>
            <DeliveryOptions delivery={shop.delivery} locale={locale} t={t} />
          </Section>
        </div>

        <div className="flex flex-col gap-10">
          <Section id="address" title={t("shopPage.address.title")}>
            <div className="flex flex-col gap-3">
              {hasAddress ? (
                <address className="text-stone-800 not-italic">
                  {shop.addressLine}
                  {shop.addressLine ? <br /> : null}
                  {[shop.postalCode, shop.city].filter(Boolean).join(" ")}
                </address>
              ) : (
                <p className="text-stone-700">{t("shopPage.address.notGiven")}</p>
              )}
              {shop.latitude !== null && shop.longitude !== null ? (
                <ClientMessages
                  locale={locale}
                  namespaces={[
                    "shopPage.address.map",
                    "shopPage.address.mapLoading",
                    "shopPage.address.mapAttribution",
                  ]}
                >
                  <ShopMap latitude={shop.latitude} longitude={shop.longitude} shopName={shop.name} />
                </ClientMessages>
              ) : null}
              {mapLink ? (
                <a href={mapLink} rel="noopener noreferrer" target="_blank" className={`${textLink} self-start`}>
                  {t("shopPage.address.openInOsm")}
                </a>
              ) : null}
            </div>
          </Section>
          <Section id="contact" title={t("shopPage.contact.title")}>
            <ContactDetails phone={shop.phone} email={shop.email} website={shop.website} socials={shop.socials} t={t} />
          </Section>
        </div>
      </div>

      <Section id="products" title={t("shop.productsTitle")}>
        {products.length > 0 ? (
          <ProductGrid products={products} addToCart={addToCartAction} locale={locale} t={t} showShop={false} />
        ) : (
          <EmptyState headingLevel="h3" title={t("shop.productsEmpty")} />
        )}
      </Section>

      <Section id="reviews" title={t("shopPage.reviews.title")}>
        <ReviewList
          page={reviews}
          pageHref={(page) =>
            page > 1 ? `/shops/${shop.slug}?reviews=${page}#reviews` : `/shops/${shop.slug}#reviews`
          }
          empty={{ title: t("shopPage.reviews.empty"), text: t("shopPage.reviews.emptyText") }}
          locale={locale}
          t={t}
        />
      </Section>

      <Section id="contact-form" title={t("shopPage.contactForm.title")}>
        <p className="mb-4 max-w-prose text-stone-700">{t("shopPage.contactForm.intro", { shop: shop.name })}</p>
        <ClientMessages locale={locale} namespaces={["shopPage.contactForm"]}>
          <ContactForm shopSlug={shop.slug} action={sendContactMessage} />
        </ClientMessages>
      </Section>
    </article>
  );
}
