// Small pieces every answer of the public API shares (docs/api.md): absolute links to the
// storefront's pages and files, money with its currency, ratings as count and average.
import { appUrl } from "@/lib/app-url";
import { ratingAverage } from "@/lib/reviews/rating";
import type { ProductCard } from "@/lib/catalog/product-card";
import type { ProductSummary, Rating } from "./schemas";

/** A file or page path made absolute on the marketplace's address (an absolute URL stays as it is). */
export function absoluteUrl(path: string): string {
  return appUrl(path);
}

export function optionalUrl(path: string | null): string | null {
  return path ? appUrl(path) : null;
}

export const productPageUrl = (slug: string) => appUrl(`/p/${encodeURIComponent(slug)}`);
export const shopPageUrl = (slug: string) => appUrl(`/shops/${encodeURIComponent(slug)}`);
export const categoryPageUrl = (slug: string) => appUrl(`/c/${encodeURIComponent(slug)}`);

export function money(amount: number, currency: string) {
  return { amount, currency };
}

export function rating({ count, sum }: { count: number; sum: number }): Rating {
  return { count, average: ratingAverage(sum, count) };
}

export function location(latitude: number | null, longitude: number | null) {
  return latitude !== null && longitude !== null ? { latitude, longitude } : null;
}

/** A product card (shop page, more from the shop) as the API's ProductSummary. */
export function toProductSummary(card: ProductCard): ProductSummary {
  return {
    id: card.id,
    slug: card.slug,
    url: productPageUrl(card.slug),
    title: card.title,
    price: money(card.priceAmount, card.currency),
    estimatedPrice: card.estimatedPrice,
    priceUnit: card.priceUnit,
    inStock: card.inStock,
    image: card.image ? { url: absoluteUrl(card.image.url), alt: card.image.alt } : null,
    shop: { slug: card.shop.slug, name: card.shop.name, url: shopPageUrl(card.shop.slug), premium: card.shop.premium },
  };
}
