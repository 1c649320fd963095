import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { secondaryButton, textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicProductRating, PublicReviewPage } from "@/lib/reviews/list-public-reviews";
import { RatingStars } from "./rating-stars";

/** What both lists show of a review: a shop review carries its product ratings, a product review none. */
type ListedReview = {
  id: string;
  authorName: string;
  rating: number;
  comment: string;
  createdAt: Date;
  reply: { text: string; at: Date } | null;
  products?: PublicProductRating[];
};

type ReviewListProps = {
  page: PublicReviewPage<ListedReview>;
  /** the page's address for another page of reviews: "?reviews=2#reviews" style */
  pageHref: (page: number) => string;
  empty: { title: string; text: string };
  locale: string;
  t: Translate;
};

/** Published reviews, newest first, paged by a search parameter (no JavaScript). */
export function ReviewList({ page, pageHref, empty, locale, t }: ReviewListProps) {
  if (page.total === 0) return <EmptyState headingLevel="h3" title={empty.title} text={empty.text} />;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Paris" });
  return (
    <div className="flex flex-col gap-6">
      <ul className="flex flex-col gap-4" data-testid="review-list">
        {page.reviews.map((review) => (
          <li key={review.id}>
            <article className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
              <RatingStars tenths={review.rating * 10} locale={locale} t={t} />
              <p className="text-sm text-stone-600">
                {t("ratings.list.byOn", {
                  // a deleted account's reviews stay unsigned (docs/security.md, personal data)
                  author: review.authorName || t("reviews.anonymous"),
                  date: date.format(review.createdAt),
                })}
              </p>
              {review.comment ? <p className="break-words whitespace-pre-line">{review.comment}</p> : null}
              {review.products && review.products.length > 0 ? (
                <div className="flex flex-col gap-1">
                  <h3 className="text-sm font-semibold text-stone-700">{t("ratings.list.products")}</h3>
                  <ul className="flex flex-col gap-2 text-sm">
                    {review.products.map((item, index) => (
                      <li key={index} className="flex flex-col gap-0.5">
                        <span className="flex flex-wrap items-center gap-2">
                          {item.slug ? (
                            <Link href={`/p/${item.slug}`} className={textLink}>
                              {item.title}
                            </Link>
                          ) : (
                            <span className="font-medium">{item.title}</span>
                          )}
                          <RatingStars tenths={item.rating * 10} locale={locale} t={t} />
                        </span>
                        {item.comment ? (
                          <span className="break-words whitespace-pre-line text-stone-700">{item.comment}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {review.reply ? (
                <div className="border-brand-200 ms-4 border-s-2 ps-3 text-sm">
                  <p className="font-semibold text-stone-700">
                    {t("ratings.list.reply", { date: date.format(review.reply.at) })}
                  </p>
                  <p className="break-words whitespace-pre-line">{review.reply.text}</p>
                </div>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
      {page.pageCount > 1 ? (
        <nav aria-label={t("ratings.list.pagination")} className="flex flex-wrap items-center justify-between gap-3">
          {page.page > 1 ? (
            <Link href={pageHref(page.page - 1)} rel="prev" className={secondaryButton}>
              {t("ratings.list.newer")}
            </Link>
          ) : (
            <span />
          )}
          <p aria-current="page">{t("ratings.list.pageOf", { page: page.page, pages: page.pageCount })}</p>
          {page.page < page.pageCount ? (
            <Link href={pageHref(page.page + 1)} rel="next" className={secondaryButton}>
              {t("ratings.list.older")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
