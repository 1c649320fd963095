import "server-only";
import { releaseUnpaidOrder } from "./release-unpaid-order";

/**
 * A declined payment: the order disappears and its stock comes back; the cart was never emptied
 * (only a confirmed payment removes products from it), so the shopper can try again at once.
 * Returns whether this call released the order (false: already paid or already released).
 */
export async function declineOrderPayment(orderId: string): Promise<boolean> {
  return releaseUnpaidOrder(orderId, "DECLINED");
}
