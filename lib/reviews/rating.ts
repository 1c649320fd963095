// The public side of ratings, as pure arithmetic (docs/trust.md, reviews): pages and search read
// the two counters kept with the reviews (Shop/Product ratingCount and ratingSum, published reviews
// only) and show the average from them. Integer maths throughout, so that the page, the search
// filter and its SQL (lib/search/rating-sql.ts) agree on every boundary.

/** The filter choices of search ("rating=4": shops rated 4 or more), in tenths of a star. */
export const MIN_RATING_CHOICES = ["3", "4", "4.5"] as const;
export type MinRatingChoice = (typeof MIN_RATING_CHOICES)[number];

export type StarFill = "full" | "half" | "empty";

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/**
 * The average in tenths of a star, rounded half up: sum 9 over 2 reviews → 45 (4.5); 13 over 3
 * (4.333…) → 43; 11 over 4 (2.75) → 28. Null without a review (no average, not zero).
 */
export function averageTenths(sum: number, count: number): number | null {
  if (!isCount(count) || !Number.isSafeInteger(sum) || sum < 0) return null;
  // round(sum / count × 10) = floor((20 × sum + count) / (2 × count)), exact in integers
  return Math.floor((20 * sum + count) / (2 * count));
}

/** The average as a number with one decimal (4.5), or null without a review. */
export function ratingAverage(sum: number, count: number): number | null {
  const tenths = averageTenths(sum, count);
  return tenths === null ? null : tenths / 10;
}

/** "4,5" in French, "4.5" in English: always one decimal, as the summary and the stars' label say it. */
export function formatRating(average: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
}

/**
 * The five stars drawn for an average in tenths, to the nearest half star (half up): 43 → 4½,
 * 42 → 4, 48 → 5, 27 → 2½. A single review's stars are its rating × 10.
 */
export function starFills(tenths: number): StarFill[] {
  const halves = starHalves(tenths);
  return [1, 2, 3, 4, 5].map((star) => (halves >= 2 * star ? "full" : halves === 2 * star - 1 ? "half" : "empty"));
}

/** How many half stars are filled (0…10) for a rating in tenths, to the nearest half, half up. */
export function starHalves(tenths: number): number {
  const clamped = Math.min(50, Math.max(0, Math.round(tenths)));
  return Math.floor((2 * clamped + 5) / 10);
}

/** "rating=4.5" → 45 tenths; anything but a listed choice → null (no filter). */
export function minRatingTenths(value: string): number | null {
  return (MIN_RATING_CHOICES as readonly string[]).includes(value) ? Math.round(Number(value) * 10) : null;
}
