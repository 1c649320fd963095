import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  PREMIUM_DISTANCE_FACTOR,
  PREMIUM_MAX_DISTANCE_GAIN_M,
  PREMIUM_RELEVANCE_FACTOR,
  RELEVANCE_HALF_DISTANCE_M,
} from "./premium-ranking";

// premium-ranking.ts in SQL. The constants are ours, not the shopper's: written into the statement
// (Prisma.raw) rather than bound, so that PostgreSQL sees plain numbers.
const num = (value: number) => Prisma.raw(Number(value).toString());

/**
 * The premium shops among those of a candidate set (a CTE with a shop_id column), as a CTE body:
 * each distinct candidate shop is looked up by primary key ("Shop", then its "Plan"), so the cost
 * follows the candidates, not the number of shops; when no plan is premium at all, nothing is read
 * (a one-time filter).
 */
export function premiumShopIdsSql(candidates: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT c.shop_id AS id FROM (SELECT DISTINCT shop_id FROM ${candidates}) c
    WHERE EXISTS (SELECT 1 FROM "Plan" WHERE premium)
      AND (SELECT pl.premium FROM "Shop" s JOIN "Plan" pl ON pl.id = s."planId" WHERE s.id = c.shop_id)`;
}

/** rankingDistanceMetres: a premium shop's distance × 0.8, never more than 1 km less. */
export function rankingDistanceSql(distance: Prisma.Sql, premium: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${premium} THEN GREATEST(${distance} * ${num(PREMIUM_DISTANCE_FACTOR)}::float8, ${distance} - ${num(PREMIUM_MAX_DISTANCE_GAIN_M)}::float8) ELSE ${distance} END`;
}

/** proximityScore: relevance / (1 + distance / 10 km), × 1.25 for a premium shop. */
export function proximityScoreSql(relevance: Prisma.Sql, distance: Prisma.Sql, premium: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${relevance} / (1 + ${distance} / ${num(RELEVANCE_HALF_DISTANCE_M)}::float8) * CASE WHEN ${premium} THEN ${num(PREMIUM_RELEVANCE_FACTOR)}::float8 ELSE 1::float8 END`;
}
