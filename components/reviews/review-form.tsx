"use client";

import { useActionState, useRef } from "react";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { primaryButton } from "@/components/ui/styles";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { LINE_COMMENT_PREFIX, LINE_RATING_PREFIX, type ReviewFormState } from "@/lib/reviews/read-review-form";
import { ReviewFormStars } from "./review-form-stars";

export type { ReviewFormState };

type Props = {
  id: string;
  action: FormAction<ReviewFormState>;
  shopName: string;
  /** the lines the shopper may rate too */
  lines: readonly { id: string; title: string }[];
  maxLengths: { comment: number; productComment: number };
};

/**
 * "Rate this shop" on the shopper's order page (docs/trust.md, reviews): the shop's stars and a
 * comment, and in a disclosure each product's stars and comment. Posts to the server action, so it
 * works without JavaScript; with it, shows progress, keeps what was typed after an error and moves
 * focus to the first field in error.
 */
export function ReviewForm({ id, action, shopName, lines, maxLengths }: Props) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<ReviewFormState, FormData>(action, IDLE);
  useFocusAfterSubmit(formRef, state);
  const errors = state.fieldErrors;
  const values = state.values;
  const headingId = `${id}-title`;
  const lineError = (lineId: string) =>
    errors[`${LINE_RATING_PREFIX}${lineId}`] ?? errors[`${LINE_COMMENT_PREFIX}${lineId}`];
  const anyLineError = lines.some((line) => lineError(line.id));
  return (
    <section id={id} aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("reviews.form.title", { shop: shopName })}
      </h3>
      <p className="mt-1 text-stone-700">{t("reviews.form.intro")}</p>
      <form
        ref={formRef}
        action={formAction}
        noValidate
        className="mt-3 flex flex-col gap-4"
        key={`review-${state.status}`}
      >
        <FormMessage error={topErrorOf(state, "products")} />
        <ReviewFormStars
          id={`${id}-rating`}
          name="rating"
          legend={t("reviews.form.rating")}
          defaultValue={values?.rating ?? ""}
          error={errors.rating}
          required
        />
        <TextareaField
          id={`${id}-comment`}
          name="comment"
          label={t("reviews.form.comment")}
          hint={t("reviews.form.commentHint")}
          rows={4}
          maxLength={maxLengths.comment}
          defaultValue={values?.comment ?? ""}
          error={errors.comment}
        />
        {lines.length > 0 ? (
          <details open={anyLineError || undefined} className="rounded-lg border border-stone-200 p-3">
            <summary className="cursor-pointer font-medium">{t("reviews.form.products")}</summary>
            <div className="mt-3 flex flex-col gap-5">
              {lines.map(({ id: lineId, title }) => {
                const lineValues = values?.lines[lineId];
                return (
                  <div key={lineId} className="flex flex-col gap-3">
                    <ReviewFormStars
                      id={`${id}-line-${lineId}`}
                      name={`${LINE_RATING_PREFIX}${lineId}`}
                      legend={t("reviews.form.productRating", { title })}
                      optional
                      defaultValue={lineValues?.rating ?? ""}
                      error={errors[`${LINE_RATING_PREFIX}${lineId}`]}
                    />
                    <TextareaField
                      id={`${id}-line-${lineId}-comment`}
                      name={`${LINE_COMMENT_PREFIX}${lineId}`}
                      label={t("reviews.form.productComment", { title })}
                      rows={2}
                      maxLength={maxLengths.productComment}
                      defaultValue={lineValues?.comment ?? ""}
                      error={errors[`${LINE_COMMENT_PREFIX}${lineId}`]}
                    />
                  </div>
                );
              })}
            </div>
          </details>
        ) : null}
        <div>
          <PendingButton
            pending={pending}
            pendingLabel={t("reviews.form.pending")}
            aria-busy={pending || undefined}
            className={primaryButton}
          >
            {t("reviews.form.submit")}
          </PendingButton>
        </div>
      </form>
    </section>
  );
}
