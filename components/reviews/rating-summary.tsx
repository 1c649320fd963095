import type { Translate } from "@/lib/i18n/translate";
import { averageTenths, formatRating } from "@/lib/reviews/rating";
import { RatingStars } from "./rating-stars";

type RatingSummaryProps = {
  /** the counters kept with the published reviews (Shop or Product ratingSum / ratingCount) */
  sum: number;
  count: number;
  locale: string;
  t: Translate;
  /** where the count leads ("#reviews"), if anywhere */
  href?: string;
  /** without a review: say "no reviews yet" (true) or render nothing (false) */
  showEmpty?: boolean;
  size?: "sm" | "md";
  /** the root's test id: "rating-summary" for the page's own subject, another for a side card */
  testId?: string;
};

/** The average and how many reviews: "★★★★½ 4,5 (12 avis)". docs/trust.md, reviews. */
export function RatingSummary({
  sum,
  count,
  locale,
  t,
  href,
  showEmpty = false,
  size = "sm",
  testId = "rating-summary",
}: RatingSummaryProps) {
  const tenths = averageTenths(sum, count);
  if (tenths === null) {
    return showEmpty ? (
      <span data-testid={testId} className="block text-sm text-stone-600">
        {t("ratings.summary.none")}
      </span>
    ) : null;
  }
  const countText = count === 1 ? t("ratings.summary.countOne") : t("ratings.summary.count", { count });
  return (
    // a span (shown as a block) rather than a paragraph: it also sits inside the directory's card links
    <span data-testid={testId} className={`block text-stone-800 ${size === "md" ? "text-base" : "text-sm"}`}>
      <RatingStars tenths={tenths} locale={locale} t={t} size={size} />{" "}
      <span aria-hidden="true" className="font-semibold">
        {formatRating(tenths / 10, locale)}
      </span>{" "}
      {href ? (
        <a href={href} className="rounded-sm text-stone-700 underline underline-offset-2 hover:text-stone-900">
          {countText}
        </a>
      ) : (
        <span className="text-stone-700">{countText}</span>
      )}
    </span>
  );
}
