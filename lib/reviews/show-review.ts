import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/forms/parse-input";
import { showReviewSchema, type ShowReviewInput } from "./schemas";
import { setReviewVisibility } from "./set-review-visibility";

/** An operator shows a hidden review again (docs/trust.md, reviews): back in the averages, audited ("review.shown"). */
export async function showReview(actor: Actor | null, input: ShowReviewInput): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { reviewId } = parseInput(showReviewSchema, input);
  await setReviewVisibility(actor, { reviewId, hide: false });
}
