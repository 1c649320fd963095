import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { UploadedFile } from "@/lib/files/check-document";
import { discardStoredFiles, storeOrderAttachments } from "./attachments";
import { transitionShopOrder, type TransitionResult } from "./transition-shop-order";

export type RequestReturnInput = {
  shopOrderId: string;
  /** WITHDRAWAL ("I changed my mind") or PROBLEM ("damaged, wrong or missing") */
  returnKind?: string;
  reason?: string;
  /** up to five pictures (lib/orders/attachments.ts checks them) */
  photos?: readonly UploadedFile[];
};

/**
 * The shopper asks to send a part back (docs/domain.md, returns and escalations): the photos are
 * checked and stored privately first, then REQUEST_RETURN goes through the engine, which writes the
 * ReturnRequest and the photos' rows in its transaction. If anything refuses it, the stored photos
 * are deleted again: nothing stays behind. Errors as transitionShopOrder's; a bad photo: VALIDATION
 * on `attachments`.
 */
export async function requestReturn(actor: Actor | null, input: RequestReturnInput): Promise<TransitionResult> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const stored = await storeOrderAttachments(input.photos ?? [], "images");
  try {
    return await transitionShopOrder(
      actor,
      {
        shopOrderId: input.shopOrderId,
        action: "REQUEST_RETURN",
        returnKind: input.returnKind,
        reason: input.reason,
      },
      { attachments: stored },
    );
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}
