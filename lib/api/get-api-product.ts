import "server-only";
import { getPublicProduct } from "@/lib/catalog/get-public-product";
import type { Locale } from "@/lib/i18n/config";
import { openingStatus } from "@/lib/shops/opening-status";
import {
  absoluteUrl,
  categoryPageUrl,
  location,
  money,
  optionalUrl,
  productPageUrl,
  rating,
  shopPageUrl,
} from "./api-values";
import type { ProductResponse } from "./schemas";

/**
 * A product as its page shows it (docs/api.md), through the page's own read (getPublicProduct:
 * online, in an approved shop, not held, not in a prohibited category): null otherwise. The stock
 * is the page's state, never a count; the shop only its public card.
 */
export async function getApiProduct(slug: string, locale: Locale, now = new Date()): Promise<ProductResponse | null> {
  const product = await getPublicProduct(slug, locale);
  if (!product) return null;
  const { shop } = product;
  const status = openingStatus(shop.openingHours, now);
  return {
    id: product.id,
    slug: product.slug,
    url: productPageUrl(product.slug),
    title: product.title,
    shortDescription: product.shortDescription,
    description: product.description,
    kind: product.kind,
    price: money(product.priceAmount, product.currency),
    // the page shows a former price only above the price
    compareAtPrice:
      product.compareAtAmount !== null && product.compareAtAmount > product.priceAmount
        ? money(product.compareAtAmount, product.currency)
        : null,
    estimatedPrice: product.estimatedPrice,
    priceUnit: product.priceUnit,
    stock: product.stockState,
    images: product.images.map((image) => ({
      url: absoluteUrl(image.url),
      alt: image.alt,
      width: image.width,
      height: image.height,
      variants: image.variants.map((variant) => ({ width: variant.width, url: absoluteUrl(variant.url) })),
    })),
    categories: product.categoryPath.map((category) => ({ ...category, url: categoryPageUrl(category.slug) })),
    rating: rating(product.rating),
    updatedAt: product.updatedAt.toISOString(),
    shop: {
      id: shop.id,
      slug: shop.slug,
      url: shopPageUrl(shop.slug),
      name: shop.name,
      trade: shop.trade,
      city: shop.city,
      logoUrl: optionalUrl(shop.logoUrl),
      location: location(shop.latitude, shop.longitude),
      openNow: status.next === null ? null : status.open,
      delivery: shop.delivery,
      rating: rating(shop.rating),
    },
  };
}
