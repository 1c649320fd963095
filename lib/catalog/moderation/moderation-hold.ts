import { AppError } from "@/lib/errors";

/**
 * A moderation hold (docs/security.md, moderation): a product an operator unpublished keeps its
 * reason until an operator lifts it, and while it does the vendor cannot put it online — not from
 * the editor, the list, a bulk action or a CSV import. Editing it keeps the hold and the reason.
 */
export const MODERATION_HELD_MESSAGE = "security.review.moderation.held";

export function isOnModerationHold(product: { moderationReason: string | null }): boolean {
  return product.moderationReason !== null;
}

/** The vendor asked to put a held product online: VALIDATION on the status field, nothing written. */
export function moderationHoldError(productId: string): AppError {
  return new AppError("VALIDATION", `product ${productId} is on moderation hold`, {
    status: MODERATION_HELD_MESSAGE,
  });
}
