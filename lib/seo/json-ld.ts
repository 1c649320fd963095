// schema.org structured data for public pages, as pure functions (unit-tested). The page embeds
// the result with serializeJsonLd in a <script type="application/ld+json">.
import { averageTenths } from "@/lib/reviews/rating";

/** Minor units → a decimal string in the currency's own precision: 1250 EUR → "12.50", 500 JPY → "500". */
export function decimalPrice(amount: number, currency: string): string {
  if (!Number.isInteger(amount)) throw new RangeError(`amount must be an integer of minor units, got ${amount}`);
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? "-" : "";
  const padded = String(Math.abs(amount)).padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * The published reviews' counters and a few of the newest reviews (docs/trust.md, reviews). The
 * rating goes into the structured data only with at least one review: search engines refuse an
 * AggregateRating of zero reviews.
 */
export type JsonLdRating = {
  sum: number;
  count: number;
  reviews?: { authorName: string; rating: number; comment: string; createdAt: Date }[];
};

/** At most this many Review items beside the AggregateRating. */
export const JSON_LD_REVIEWS = 3;

function ratingProperties(rating: JsonLdRating | undefined): Record<string, unknown> {
  const tenths = rating ? averageTenths(rating.sum, rating.count) : null;
  if (!rating || tenths === null) return {};
  const reviews = (rating.reviews ?? []).slice(0, JSON_LD_REVIEWS);
  return {
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: `${Math.floor(tenths / 10)}.${tenths % 10}`,
      reviewCount: rating.count,
      bestRating: 5,
      worstRating: 1,
    },
    ...(reviews.length > 0
      ? {
          review: reviews.map((review) => ({
            "@type": "Review",
            author: { "@type": "Person", name: review.authorName },
            datePublished: review.createdAt.toISOString().slice(0, 10),
            ...(review.comment ? { reviewBody: review.comment } : {}),
            reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
          })),
        }
      : {}),
  };
}

export type ProductJsonLdInput = {
  url: string;
  title: string;
  description: string;
  imageUrls: string[];
  priceAmount: number;
  currency: string;
  inStock: boolean;
  category?: string;
  seller: { name: string; url: string };
  /** the product's own ratings (ProductReview), when it has some */
  rating?: JsonLdRating;
};

export function buildProductJsonLd(input: ProductJsonLdInput): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.title,
    ...(input.description ? { description: input.description } : {}),
    ...(input.imageUrls.length > 0 ? { image: input.imageUrls } : {}),
    ...(input.category ? { category: input.category } : {}),
    url: input.url,
    offers: {
      "@type": "Offer",
      url: input.url,
      price: decimalPrice(input.priceAmount, input.currency),
      priceCurrency: input.currency,
      availability: input.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      seller: { "@type": "Organization", name: input.seller.name, url: input.seller.url },
    },
    ...ratingProperties(input.rating),
  };
}

export type ShopJsonLdInput = {
  url: string;
  name: string;
  description: string;
  imageUrl: string | null;
  address: { street: string | null; postalCode: string | null; city: string | null; country: string };
  geo: { latitude: number; longitude: number } | null;
  telephone: string | null;
  rating?: JsonLdRating;
};

/** A shop's page as a schema.org Store (a LocalBusiness), with its rating when it has reviews. */
export function buildShopJsonLd(input: ShopJsonLdInput): Record<string, unknown> {
  const { street, postalCode, city, country } = input.address;
  return {
    "@context": "https://schema.org",
    "@type": "Store",
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    ...(street || city
      ? {
          address: {
            "@type": "PostalAddress",
            ...(street ? { streetAddress: street } : {}),
            ...(postalCode ? { postalCode } : {}),
            ...(city ? { addressLocality: city } : {}),
            addressCountry: country,
          },
        }
      : {}),
    ...(input.geo ? { geo: { "@type": "GeoCoordinates", ...input.geo } } : {}),
    ...(input.telephone ? { telephone: input.telephone } : {}),
    ...ratingProperties(input.rating),
  };
}

export function buildBreadcrumbJsonLd(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for an inline script: "<" (and the line separators JavaScript once refused) are escaped so
 * a vendor's "</script>" in a title cannot close the element. JSON.parse reads them back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
