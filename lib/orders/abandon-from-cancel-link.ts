import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { abandonOrderPayment, type AbandonOutcome } from "./abandon-order-payment";
import { isCancelPaymentToken } from "./order-tokens";

/**
 * /checkout/cancelled/<order>?token=…: abandons the payment (abandonOrderPayment) only when the
 * link carries the order's cancel token (order-tokens.ts); without it, `refused` and nothing is
 * done, so that a third-party page cannot cancel a shopper's payment by navigating them there
 * (docs/security.md, "Correctness at the edges").
 */
export async function abandonFromCancelLink(
  actor: Actor | null,
  accessToken: string | undefined,
  orderId: string,
  token: unknown,
): Promise<AbandonOutcome | "refused"> {
  if (!isCancelPaymentToken(orderId, token)) return "refused";
  return abandonOrderPayment(actor, accessToken, orderId);
}
