import "server-only";
import { listShopProducts } from "@/lib/catalog/list-shop-products";
import { getApprovedShop } from "@/lib/shops/get-approved-shop";
import { DEFAULT_SHOP_TIME_ZONE, openingStatus } from "@/lib/shops/opening-status";
import { location, optionalUrl, rating, shopPageUrl, toProductSummary } from "./api-values";
import type { ShopResponse } from "./schemas";

/** The products the shop's page lists (and so the answer): the page's own number. */
const SHOP_PAGE_PRODUCTS = 48;

/**
 * A shop as its public page shows it (docs/api.md), through the page's own reads (getApprovedShop,
 * listShopProducts): null unless approved. Its contact details are the public ones the page shows;
 * never its owner, identity, payout account, plan or review state.
 */
export async function getApiShop(slug: string, now = new Date()): Promise<ShopResponse | null> {
  const shop = await getApprovedShop(slug);
  if (!shop) return null;
  const products = await listShopProducts(shop.slug, { take: SHOP_PAGE_PRODUCTS });
  const status = openingStatus(shop.openingHours, now);
  return {
    id: shop.id,
    slug: shop.slug,
    url: shopPageUrl(shop.slug),
    name: shop.name,
    trade: shop.trade,
    description: shop.description,
    logoUrl: optionalUrl(shop.logoUrl),
    bannerUrl: optionalUrl(shop.bannerUrl),
    address: { line: shop.addressLine, postalCode: shop.postalCode, city: shop.city, country: shop.country },
    location: location(shop.latitude, shop.longitude),
    contact: { phone: shop.phone, email: shop.email, website: shop.website, socials: shop.socials },
    openingHours: { timeZone: DEFAULT_SHOP_TIME_ZONE, days: shop.openingHours },
    openNow: status.next === null ? null : status.open,
    delivery: shop.delivery,
    premium: shop.premium,
    rating: rating(shop.rating),
    products: products.map(toProductSummary),
  };
}
