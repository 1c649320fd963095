import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { ORDER_ACCESS_COOKIE } from "@/lib/orders/order-access";
import { abandonFromCancelLink } from "@/lib/orders/abandon-from-cancel-link";

type Context = { params: Promise<{ orderId: string }> };

/**
 * Where the payment page's "back" leads (Stripe's cancel_url, the test page's cancel link): a GET,
 * since Stripe redirects with one. The order is released (stock back) and the shopper lands on the
 * cart, kept as it was. Safe to reload: an order already released or not the viewer's is NOT_FOUND
 * and changes nothing; an order paid meanwhile goes to its confirmation. The link carries the
 * order's signed cancel token: without it the shopper lands on the cart with no notice and the
 * payment is left alone (docs/security.md, "Correctness at the edges").
 */
export async function GET(request: Request, { params }: Context): Promise<never> {
  const [{ orderId }, actor, jar] = await Promise.all([params, getActor(), cookies()]);
  const token = new URL(request.url).searchParams.get("token");
  let destination = "/cart?payment=cancelled";
  try {
    const outcome = await abandonFromCancelLink(actor, jar.get(ORDER_ACCESS_COOKIE)?.value, orderId, token);
    if (outcome === "refused") destination = "/cart";
    if (outcome === "paid") destination = `/checkout/complete/${encodeURIComponent(orderId)}`;
  } catch (error) {
    // The provider could not be reached: the order keeps its stock until it expires, nothing was charged.
    if (!isAppError(error, "NOT_FOUND"))
      console.error(`[checkout] abandoning the payment of order ${orderId} failed`, error);
  }
  redirect(destination);
}
