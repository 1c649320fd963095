import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { ORDER_ACCESS_COOKIE } from "@/lib/orders/order-access";
import { abandonOrderPayment } from "@/lib/orders/abandon-order-payment";

type Context = { params: Promise<{ orderId: string }> };

/**
 * Where the payment page's "back" leads (Stripe's cancel_url, the test page's cancel link): a GET,
 * since Stripe redirects with one. The order is released (stock back) and the shopper lands on the
 * cart, kept as it was. Safe to reload: an order already released or not the viewer's is NOT_FOUND
 * and changes nothing; an order paid meanwhile goes to its confirmation.
 */
export async function GET(_request: Request, { params }: Context): Promise<never> {
  const [{ orderId }, actor, jar] = await Promise.all([params, getActor(), cookies()]);
  let destination = "/cart?payment=cancelled";
  try {
    const outcome = await abandonOrderPayment(actor, jar.get(ORDER_ACCESS_COOKIE)?.value, orderId);
    if (outcome === "paid") destination = `/checkout/complete/${encodeURIComponent(orderId)}`;
  } catch (error) {
    // The provider could not be reached: the order keeps its stock until it expires, nothing was charged.
    if (!isAppError(error, "NOT_FOUND"))
      console.error(`[checkout] abandoning the payment of order ${orderId} failed`, error);
  }
  redirect(destination);
}
