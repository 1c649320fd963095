import { RatingStars } from "@/components/reviews/rating-stars";
import type { Translate } from "@/lib/i18n/translate";
import type { ReviewView } from "@/lib/reviews/review-view";

type BodyProps = {
  review: ReviewView;
  locale: string;
  t: Translate;
  /** the line under the stars: who and when, or when it was published */
  byline: string;
  /** the reply's heading (each page words it for its reader) */
  replyHeading?: string;
};

/** A review's content, read-only: stars, comment, the products rated, and the shop's reply. */
export function ReviewBody({ review, locale, t, byline, replyHeading }: BodyProps) {
  return (
    <div className="flex flex-col gap-2">
      <p className="flex flex-wrap items-center gap-2">
        <RatingStars tenths={review.rating * 10} locale={locale} t={t} size="md" />
        <span className="text-sm text-stone-600">{byline}</span>
      </p>
      {review.comment ? <p className="break-words whitespace-pre-line">{review.comment}</p> : null}
      {review.products.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label={t("reviews.mine.products")}>
          {review.products.map((product) => (
            <li key={product.id} className="break-words">
              <span className="font-medium">
                {t("reviews.mine.productRating", { title: product.title, rating: product.rating })}
              </span>
              {product.comment ? (
                <span className="block whitespace-pre-line text-stone-700">{product.comment}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {review.reply && replyHeading ? (
        <div className="border-brand-200 mt-1 rounded-lg border-s-4 bg-stone-50 px-3 py-2">
          <p className="text-sm font-medium">{replyHeading}</p>
          <p className="break-words whitespace-pre-line">{review.reply}</p>
        </div>
      ) : null}
    </div>
  );
}

/** The shopper's own review of a part, once written (their order page): read-only, with the reply and, if hidden, why. */
export function MyReview({
  id,
  review,
  locale,
  t,
  notice,
}: {
  id: string;
  review: ReviewView;
  locale: string;
  t: Translate;
  /** shown at the top just after it was written */
  notice?: React.ReactNode;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const headingId = `${id}-title`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-testid="my-review"
      className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {t("reviews.mine.title", { shop: review.shop.name })}
      </h3>
      {notice}
      {review.status === "HIDDEN" ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          {t("reviews.mine.hidden", { reason: review.hiddenReason ?? "" })}
        </p>
      ) : null}
      <ReviewBody
        review={review}
        locale={locale}
        t={t}
        byline={t("reviews.mine.publishedOn", { date: date.format(review.createdAt) })}
        replyHeading={
          review.repliedAt
            ? t("reviews.mine.reply", { shop: review.shop.name, date: date.format(review.repliedAt) })
            : undefined
        }
      />
    </section>
  );
}
