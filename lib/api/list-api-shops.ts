import "server-only";
import { listNearbyShops } from "@/lib/discovery/list-nearby-shops";
import { DEFAULT_PAGE_SIZE } from "@/lib/search/search-query";
import { location, optionalUrl, rating, shopPageUrl } from "./api-values";
import type { ShopsQuery, ShopsResponse } from "./schemas";

/**
 * The shop directory for the API (docs/api.md), through the /shops page's own read
 * (listNearbyShops: approved shops only, nearest first from lat/lng with the same premium rule,
 * else by name; a radius keeps those within it).
 */
export async function listApiShops(query: ShopsQuery): Promise<ShopsResponse> {
  const near =
    query.lat !== undefined && query.lng !== undefined ? { latitude: query.lat, longitude: query.lng } : null;
  const result = await listNearbyShops({
    near,
    radiusKm: near ? query.radius : undefined,
    trade: query.trade ?? null,
    openNow: query.open === "1",
    page: query.page ?? 1,
    pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
  });
  return {
    pagination: { page: result.page, pageSize: result.pageSize, total: result.total, pageCount: result.pageCount },
    shops: result.shops.map((shop) => ({
      id: shop.id,
      slug: shop.slug,
      url: shopPageUrl(shop.slug),
      name: shop.name,
      trade: shop.trade,
      city: shop.city,
      logoUrl: optionalUrl(shop.logoUrl),
      location: location(shop.latitude, shop.longitude),
      distanceKm: shop.distanceKm,
      openNow: shop.openNow,
      premium: shop.premium,
      rating: rating(shop.rating),
    })),
  };
}
