import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatDistance } from "@/lib/geo/format-distance";
import { formatMoney } from "@/lib/money/format-money";
import { averageTenths, formatRating } from "@/lib/reviews/rating";
import { formatCount } from "@/lib/search/format-count";
import type { DeliveryMode, ProductSearchHit } from "@/lib/search/search-types";
import type { MessageNamespace } from "@/lib/i18n/pick-messages";

/**
 * What a result card shows, already worded and formatted on the server: the page hands the list
 * to the browser as this data once, not as a rendered tree (24 cards of markup were 60 % of the
 * page's payload and of the server's rendering time).
 */
export type SearchResultView = {
  id: string;
  slug: string;
  title: string;
  /** "12,50 €" or "3,20 € / kg" */
  price: string;
  estimatedPrice: boolean;
  inStock: boolean;
  image: { url: string; alt: string } | null;
  /** premium: the shop's plan is premium (a badge) */
  shop: { slug: string; name: string; premium: boolean };
  /** the shop's rating: "★ 4,5 (12)" shown, the full sentence read; null when it has no review */
  shopRating: { text: string; label: string } | null;
  /** "à 1,2 km", or null without the shopper's position */
  distance: string | null;
  delivery: DeliveryMode[];
};

/** What the result cards translate for themselves (search-results.tsx): send it above them. */
export const SEARCH_RESULTS_MESSAGES: readonly MessageNamespace[] = [
  "searchPage.card.estimatedPrice",
  "searchPage.card.inStock",
  "searchPage.card.outOfStock",
  "searchPage.card.deliveryModes",
  "searchPage.card.premium",
  "searchPage.card.premiumNote",
  "searchPage.delivery",
  "cart.add",
];

export function toSearchResultView(hit: ProductSearchHit, locale: Locale, t: Translate): SearchResultView {
  const price = formatMoney(hit.priceAmount, hit.currency, locale);
  return {
    id: hit.id,
    slug: hit.slug,
    title: hit.title,
    price: hit.priceUnit ? t("searchPage.card.perUnit", { price, unit: hit.priceUnit }) : price,
    estimatedPrice: hit.estimatedPrice,
    inStock: hit.inStock,
    image: hit.image,
    shop: { slug: hit.shop.slug, name: hit.shop.name, premium: hit.shop.premium },
    shopRating: shopRatingView(hit.shop.rating, locale, t),
    distance:
      hit.distanceKm !== null
        ? t("searchPage.card.distance", { distance: formatDistance(hit.distanceKm, locale) })
        : null,
    delivery: hit.delivery,
  };
}

function shopRatingView(
  rating: { count: number; sum: number },
  locale: Locale,
  t: Translate,
): SearchResultView["shopRating"] {
  const tenths = averageTenths(rating.sum, rating.count);
  if (tenths === null) return null;
  const value = formatRating(tenths / 10, locale);
  const count = formatCount(rating.count, locale);
  return {
    text: t("searchPage.card.rating", { rating: value, count }),
    label:
      rating.count === 1
        ? t("searchPage.card.ratingLabelOne", { rating: value })
        : t("searchPage.card.ratingLabel", { rating: value, count }),
  };
}
