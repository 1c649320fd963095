import type { FormState } from "@/lib/forms/form-state";
import type { WriteReviewInput } from "./schemas";

// The review form's fields (components/reviews/review-form.tsx), read from a post: the shop's
// stars "rating" and "comment", and per line "lineRating:<lineId>" and "lineComment:<lineId>".

export const LINE_RATING_PREFIX = "lineRating:";
export const LINE_COMMENT_PREFIX = "lineComment:";

export type ReviewFormValues = {
  rating: string;
  comment: string;
  /** by line id */
  lines: Record<string, { rating: string; comment: string }>;
};

/** What the review form gets back: what was typed (kept after an error), errors by field or by line. */
export type ReviewFormState = FormState<{ values?: ReviewFormValues }>;

/** A typed star count, or NaN for anything else (the schema refuses it with its own message). */
function starsOf(text: string): number {
  return /^\s*\d{1,2}\s*$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * The values typed, and the domain input they make: a line counts when it has stars or a comment
 * (a comment without stars is refused by the schema, beside that line). `fieldOfProduct` gives
 * the form field of each "products.<index>" error: its line.
 */
export function readReviewForm(
  formData: FormData,
  shopOrderId: string,
): { values: ReviewFormValues; input: WriteReviewInput; lineIds: string[] } {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const lineIds = [...new Set(formData.keys())]
    .filter((name) => name.startsWith(LINE_RATING_PREFIX) || name.startsWith(LINE_COMMENT_PREFIX))
    .map((name) => name.slice(name.indexOf(":") + 1))
    .filter((id, index, all) => all.indexOf(id) === index);
  const lines = Object.fromEntries(
    lineIds.map((id) => [
      id,
      { rating: text(`${LINE_RATING_PREFIX}${id}`), comment: text(`${LINE_COMMENT_PREFIX}${id}`) },
    ]),
  );
  const rated = lineIds.filter((id) => lines[id].rating.trim() !== "" || lines[id].comment.trim() !== "");
  const values = { rating: text("rating"), comment: text("comment"), lines };
  return {
    values,
    lineIds: rated,
    input: {
      shopOrderId,
      rating: starsOf(values.rating),
      comment: values.comment,
      products: rated.map((id) => ({ orderLineId: id, rating: starsOf(lines[id].rating), comment: lines[id].comment })),
    },
  };
}

/** "products.2.rating" → "lineRating:<the third line>" (and comments likewise); other fields as they are. */
export function reviewFormField(field: string, lineIds: readonly string[]): string {
  const match = /^products\.(\d+)\.(rating|comment|orderLineId)$/.exec(field);
  if (!match) return field;
  const id = lineIds[Number(match[1])];
  if (id === undefined) return field;
  return `${match[2] === "comment" ? LINE_COMMENT_PREFIX : LINE_RATING_PREFIX}${id}`;
}
