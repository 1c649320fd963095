// The premium boost (docs/business-models.md, premium plans): a shop whose plan is premium ranks a little
// higher in product search and the shop directory, bounded so that distance still decides.
// The rule is here, pure; premium-ranking-sql.ts writes the same arithmetic, from these constants,
// for the queries that order rows in PostgreSQL.

/** In relevance ordering with an origin, a premium shop's score is multiplied by this. */
export const PREMIUM_RELEVANCE_FACTOR = 1.25;
/** When ordering by distance, a premium shop's distance counts as distance × this… */
export const PREMIUM_DISTANCE_FACTOR = 0.8;
/** …but never more than this many metres less than its real distance. */
export const PREMIUM_MAX_DISTANCE_GAIN_M = 1000;
/** The relevance ordering's distance scale: the score halves at 10 km (product-search-statement.ts). */
export const RELEVANCE_HALF_DISTANCE_M = 10_000;

/** The distance a shop is ordered by: its real distance, or the bounded shorter one when premium. */
export function rankingDistanceMetres(distanceM: number, premium: boolean): number {
  if (!premium) return distanceM;
  return Math.max(distanceM * PREMIUM_DISTANCE_FACTOR, distanceM - PREMIUM_MAX_DISTANCE_GAIN_M);
}

/** The score relevance ordering sorts by (higher first) when the shopper's position is known. */
export function proximityScore(relevance: number, distanceM: number, premium: boolean): number {
  const score = relevance / (1 + distanceM / RELEVANCE_HALF_DISTANCE_M);
  return premium ? score * PREMIUM_RELEVANCE_FACTOR : score;
}
