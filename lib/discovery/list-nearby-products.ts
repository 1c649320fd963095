import "server-only";
import { getDb } from "@/lib/db";
import {
  PRODUCT_CARD_SELECT,
  toProductCard,
  VISIBLE_PRODUCT_WHERE,
  type ProductCard,
} from "@/lib/catalog/product-card";
import type { Coordinates } from "./bounding-box";
import { listNearbyShops } from "./list-nearby-shops";

export type NearbyProduct = ProductCard & { distanceKm: number };

/**
 * Products of the nearest shops (within `radiusKm`), nearest shop first (in the directory's order,
 * premium boost included: list-nearby-shops.ts), a few per shop in turn so that one big catalogue
 * does not fill the row; newest first within a shop. Each card says whether its shop is premium.
 */
export async function listNearbyProducts({
  near,
  radiusKm = 50,
  take = 8,
  perShop = 2,
}: {
  near: Coordinates;
  radiusKm?: number;
  take?: number;
  perShop?: number;
}): Promise<NearbyProduct[]> {
  const { shops } = await listNearbyShops({ near, radiusKm, pageSize: take });
  if (shops.length === 0) return [];
  const distances = new Map(shops.map((shop) => [shop.id, shop.distanceKm ?? 0]));
  const rows = await getDb().product.findMany({
    where: { ...VISIBLE_PRODUCT_WHERE, shopId: { in: [...distances.keys()] } },
    select: { ...PRODUCT_CARD_SELECT, shopId: true },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: take * 10,
  });
  const byShop = new Map<string, NearbyProduct[]>();
  for (const { shopId, ...row } of rows) {
    const list = byShop.get(shopId) ?? [];
    list.push({ ...toProductCard(row), distanceKm: distances.get(shopId) ?? 0 });
    byShop.set(shopId, list);
  }
  const ordered = shops.map((shop) => byShop.get(shop.id) ?? []);
  const result: NearbyProduct[] = [];
  // Round after round: up to perShop from each shop, nearest shop first, until full.
  for (let round = 0; result.length < take && ordered.some((list) => list.length > round * perShop); round++) {
    for (const list of ordered) {
      result.push(...list.slice(round * perShop, (round + 1) * perShop));
      if (result.length >= take) break;
    }
  }
  return result.slice(0, take);
}
