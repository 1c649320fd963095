import type { Translate } from "@/lib/i18n/translate";
import type { ReviewFormLabels } from "./review-form";

/** The review form's words, translated on the server for the client form. */
export function reviewFormLabels(
  t: Translate,
  shopName: string,
  lines: readonly { id: string; title: string }[],
): ReviewFormLabels {
  return {
    title: t("reviews.form.title", { shop: shopName }),
    intro: t("reviews.form.intro"),
    rating: t("reviews.form.rating"),
    comment: t("reviews.form.comment"),
    commentHint: t("reviews.form.commentHint"),
    products: t("reviews.form.products"),
    lines: Object.fromEntries(
      lines.map((line) => [
        line.id,
        {
          rating: t("reviews.form.productRating", { title: line.title }),
          comment: t("reviews.form.productComment", { title: line.title }),
        },
      ]),
    ),
    stars: [
      t("reviews.stars.1"),
      t("reviews.stars.2"),
      t("reviews.stars.3"),
      t("reviews.stars.4"),
      t("reviews.stars.5"),
    ],
    noStars: t("reviews.stars.none"),
    submit: t("reviews.form.submit"),
    pending: t("reviews.form.pending"),
  };
}
