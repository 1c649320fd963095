import type { Translate } from "@/lib/i18n/translate";
import { starHalves } from "@/lib/reviews/rating";

type RatingStarsProps = {
  /** the rating in tenths of a star: an average (43 = 4.3) or a review's stars × 10 */
  tenths: number;
  locale: string;
  t: Translate;
  size?: "sm" | "md";
};

const STARS = "★★★★★";

/**
 * Five read-only stars to the nearest half (starHalves): a grey row, and over it the same row in
 * amber cut at the filled width from the line's start (so right to left in RTL). Two spans of
 * text, no picture and no JavaScript: light enough for a list of reviews. Assistive technology
 * reads the value to one decimal at most ("Note : 4,5 sur 5", "Note : 4 sur 5" for four stars).
 */
export function RatingStars({ tenths, locale, t, size = "sm" }: RatingStarsProps) {
  const rating = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.round(tenths) / 10);
  return (
    <span
      role="img"
      aria-label={t("ratings.stars", { rating })}
      className={`relative inline-block align-middle leading-none tracking-normal whitespace-nowrap ${size === "md" ? "text-xl" : "text-base"}`}
    >
      <span aria-hidden="true" className="text-stone-300">
        {STARS}
      </span>
      <span
        aria-hidden="true"
        className="absolute inset-y-0 start-0 overflow-hidden text-amber-500"
        style={{ width: `${starHalves(tenths) * 10}%` }}
      >
        {STARS}
      </span>
    </span>
  );
}
