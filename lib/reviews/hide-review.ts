import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/forms/parse-input";
import { hideReviewSchema, type HideReviewInput } from "./schemas";
import { setReviewVisibility } from "./set-review-visibility";

/**
 * An operator hides a review with a reason (docs/trust.md, reviews): off the public pages and out
 * of the averages, audited ("review.hidden"), the shopper and the shop told by e-mail.
 */
export async function hideReview(actor: Actor | null, input: HideReviewInput): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { reviewId, reason } = parseInput(hideReviewSchema, input);
  await setReviewVisibility(actor, { reviewId, hide: true, reason });
}
