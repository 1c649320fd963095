import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { readOpeningHours } from "@/lib/shops/opening-hours";
import { openingStatus } from "@/lib/shops/opening-status";
import { rankingDistanceSql } from "@/lib/search/premium-ranking-sql";
import { boundingBox, type Coordinates } from "./bounding-box";

export type DirectoryShop = {
  id: string;
  slug: string;
  name: string;
  trade: string;
  city: string | null;
  logoUrl: string | null;
  latitude: number | null;
  longitude: number | null;
  /** null without a viewer location, or for a shop without coordinates */
  distanceKm: number | null;
  /** null when the shop gave no opening hours */
  openNow: boolean | null;
  /** the shop's plan is premium: a badge, and a bounded boost in the order (premium-ranking.ts) */
  premium: boolean;
  /** the published reviews' counters (docs/trust.md, reviews): average = sum / count */
  rating: { count: number; sum: number };
};

export type ShopDirectoryPage = {
  shops: DirectoryShop[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export type ListNearbyShopsInput = {
  /** the viewer's position: nearest first; without it, by name */
  near?: Coordinates | null;
  /** only shops within this distance of `near` (and with coordinates) */
  radiusKm?: number;
  trade?: string | null;
  openNow?: boolean;
  page?: number;
  pageSize?: number;
  /** the instant "open now" is judged at (tests) */
  at?: Date;
};

type ShopRow = Omit<DirectoryShop, "distanceKm" | "openNow" | "rating"> & {
  openingHours: unknown;
  distanceMetres: number | null;
  ratingCount: number;
  ratingSum: number;
};

/**
 * Approved shops for the directory and the home page: nearest first when the viewer's position
 * is known (distance computed by PostgreSQL with earthdistance, a latitude/longitude box on the
 * indexed columns first when a radius is given), else by name. Nearest first counts a premium
 * shop's distance × 0.8, never more than 1 km less (lib/search/premium-ranking.ts); the distance
 * shown is the real one. "Open now" depends on each shop's
 * hours in its time zone, so that filter runs here on the ordered rows (a few thousand at most).
 */
export async function listNearbyShops(input: ListNearbyShopsInput = {}): Promise<ShopDirectoryPage> {
  const { near = null, radiusKm, trade, openNow = false, pageSize = 24, at = new Date() } = input;
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const origin = near ? Prisma.sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)` : null;
  const distance = origin
    ? Prisma.sql`CASE WHEN s.latitude IS NULL OR s.longitude IS NULL THEN NULL ELSE earth_distance(ll_to_earth(s.latitude, s.longitude), ${origin}) END`
    : Prisma.sql`NULL::float8`;

  const conditions = [Prisma.sql`s.status = 'APPROVED'`];
  if (trade) conditions.push(Prisma.sql`s.trade = ${trade}`);
  if (near && radiusKm !== undefined) {
    const box = boundingBox(near, radiusKm);
    conditions.push(Prisma.sql`s.latitude BETWEEN ${box.minLatitude} AND ${box.maxLatitude}`);
    conditions.push(Prisma.sql`s.longitude BETWEEN ${box.minLongitude} AND ${box.maxLongitude}`);
    conditions.push(Prisma.sql`earth_distance(ll_to_earth(s.latitude, s.longitude), ${origin!}) <= ${radiusKm * 1000}`);
  }
  const where = Prisma.join(conditions, " AND ");
  // Without a position the list is by name, as the page says: no distance to shorten.
  const order = origin
    ? Prisma.sql`${rankingDistanceSql(Prisma.sql`r."distanceMetres"`, Prisma.sql`r.premium`)} ASC NULLS LAST, r.premium DESC, r.name ASC, r.id ASC`
    : Prisma.sql`r.name ASC, r.id ASC`;
  // Without the open-now filter the database pages; with it, every match is read and filtered.
  const window = openNow ? Prisma.empty : Prisma.sql`LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;

  const db = getDb();
  const [rows, counted] = await Promise.all([
    db.$queryRaw<ShopRow[]>`
      SELECT r.* FROM (
        SELECT s.id, s.slug, s.name, s.trade, s.city, s."logoUrl", s.latitude, s.longitude, s."openingHours",
               ${distance} AS "distanceMetres", COALESCE(pl.premium, false) AS premium,
               s."ratingCount", s."ratingSum"
        FROM "Shop" s LEFT JOIN "Plan" pl ON pl.id = s."planId"
        WHERE ${where}
      ) r
      ORDER BY ${order}
      ${window}`,
    openNow
      ? Promise.resolve(null)
      : db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM "Shop" s WHERE ${where}`,
  ]);

  const shops = rows.map(({ openingHours, distanceMetres, ratingCount, ratingSum, ...shop }): DirectoryShop => {
    const status = openingStatus(readOpeningHours(openingHours), at);
    return {
      ...shop,
      distanceKm: distanceMetres === null ? null : Number(distanceMetres) / 1000,
      openNow: status.next === null ? null : status.open,
      rating: { count: Number(ratingCount), sum: Number(ratingSum) },
    };
  });
  if (!openNow) {
    const total = Number(counted?.[0]?.total ?? 0);
    return { shops, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), pageSize };
  }
  const open = shops.filter((shop) => shop.openNow === true);
  return {
    shops: open.slice((page - 1) * pageSize, page * pageSize),
    total: open.length,
    page,
    pageCount: Math.max(1, Math.ceil(open.length / pageSize)),
    pageSize,
  };
}
