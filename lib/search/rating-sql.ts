import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// lib/reviews/rating.ts in SQL, over the counters kept on "Shop" (published reviews only;
// docs/trust.md, reviews): the same integer rounding, so that a shop shown "4,0" is one the
// "4 or more" filter keeps, and the rating order agrees with the averages on the cards.

/** averageTenths(ratingSum, ratingCount) of the "Shop" row under this alias; NULL without a review. */
export function shopAverageTenthsSql(shop: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${shop}."ratingCount" > 0 THEN (20 * ${shop}."ratingSum" + ${shop}."ratingCount") / (2 * ${shop}."ratingCount") END`;
}

/** The ids of shops rated at least `tenths` (45 = 4.5), as a subquery for `shop_id IN (…)`. */
export function shopsRatedAtLeastSql(tenths: number): Prisma.Sql {
  return Prisma.sql`SELECT s.id FROM "Shop" s WHERE s."ratingCount" > 0 AND ${shopAverageTenthsSql(Prisma.sql`s`)} >= ${tenths}::int`;
}

/**
 * Every shop of a candidate set (a CTE with a shop_id column) with its average in tenths and its
 * count, as a CTE body: each distinct candidate shop is read once by primary key.
 */
export function candidateShopRatingsSql(candidates: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT c.shop_id AS id, ${shopAverageTenthsSql(Prisma.sql`s`)} AS tenths, s."ratingCount" AS count
    FROM (SELECT DISTINCT shop_id FROM ${candidates}) c JOIN "Shop" s ON s.id = c.shop_id`;
}
