import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translate";
import type { ReviewView } from "@/lib/reviews/review-view";
import { ReviewBody } from "./my-review";

/**
 * One review on the vendor's reviews page (docs/trust.md, reviews): the order, the stars and the
 * comment, the vendor's reply once written, else the reply form (`replyForm`, given by the page).
 */
export function ReviewReplyCard({
  review,
  locale,
  t,
  replyForm,
}: {
  review: ReviewView;
  locale: string;
  t: Translate;
  replyForm?: ReactNode;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const headingId = `review-${review.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="shop-review"
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
    >
      <h2 id={headingId} className="font-semibold">
        {t("reviews.dashboard.order", { number: review.orderNumber })}
      </h2>
      {review.status === "HIDDEN" ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          {t("reviews.dashboard.hidden", { reason: review.hiddenReason ?? "" })}
        </p>
      ) : null}
      <ReviewBody
        review={review}
        locale={locale}
        t={t}
        byline={t("reviews.dashboard.byOn", {
          author: review.authorName || t("reviews.anonymous"),
          date: date.format(review.createdAt),
        })}
        replyHeading={
          review.repliedAt ? t("reviews.dashboard.yourReply", { date: date.format(review.repliedAt) }) : undefined
        }
      />
      {!review.reply && review.status === "PUBLISHED" ? replyForm : null}
    </article>
  );
}
