import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getPaymentProvider } from "./payment-provider";
// Registers the Stripe provider (used when STRIPE_SECRET_KEY is set).
import "./stripe-payment-provider";

/**
 * Hands a placed, unpaid order to the payment provider and returns where to send the shopper.
 * The provider and its reference are stored on the order (the webhook finds the order by them).
 */
export async function startOrderPayment(orderId: string): Promise<string> {
  const db = getDb();
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      totalAmount: true,
      currency: true,
      email: true,
      status: true,
      captureMode: true,
    },
  });
  if (!order || order.status !== "AWAITING_PAYMENT") throw new AppError("NOT_FOUND");
  const provider = getPaymentProvider();
  const { redirectUrl, reference } = await provider.startPayment(order);
  await db.order.updateMany({
    where: { id: order.id, status: "AWAITING_PAYMENT" },
    data: { paymentProvider: provider.name, paymentReference: reference },
  });
  return redirectUrl;
}
