import Link from "next/link";
import type { ReactNode } from "react";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import type { ReviewView } from "@/lib/reviews/review-view";
import { ReviewBody } from "./my-review";

/**
 * One review in the operators' list (docs/trust.md, reviews): its shop, order, status, content and
 * reply, and the form that hides it or shows it again (`action`, given by the page).
 */
export function AdminReviewCard({
  review,
  locale,
  t,
  action,
}: {
  review: ReviewView;
  locale: string;
  t: Translate;
  action: ReactNode;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const headingId = `review-${review.id}-title`;
  const hidden = review.status === "HIDDEN";
  return (
    <article
      aria-labelledby={headingId}
      data-testid="admin-review"
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold break-words">
          <Link href={`/shops/${review.shop.slug}`} className={textLink}>
            {review.shop.name}
          </Link>{" "}
          <span className="font-normal text-stone-600">
            · {t("reviews.admin.order", { number: review.orderNumber })}
          </span>
        </h2>
        <span
          className={`rounded-full px-2 py-0.5 text-sm font-medium ${hidden ? "bg-amber-100 text-amber-900" : "bg-brand-50 text-brand-800"}`}
        >
          {t(hidden ? "reviews.status.HIDDEN" : "reviews.status.PUBLISHED")}
        </span>
      </div>
      {hidden ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 break-words text-amber-900">
          {t("reviews.admin.hiddenOn", {
            date: review.hiddenAt ? date.format(review.hiddenAt) : "",
            reason: review.hiddenReason ?? "",
          })}
        </p>
      ) : null}
      <ReviewBody
        review={review}
        locale={locale}
        t={t}
        byline={t("reviews.admin.byOn", {
          author: review.authorName || t("reviews.anonymous"),
          date: date.format(review.createdAt),
        })}
        replyHeading={review.repliedAt ? t("reviews.admin.reply", { date: date.format(review.repliedAt) }) : undefined}
      />
      {action}
    </article>
  );
}
