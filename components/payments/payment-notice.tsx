import type { Translate } from "@/lib/i18n/translate";

/**
 * What the cart says when the shopper comes back from a payment that did not go through
 * (`/cart?payment=declined` from the test payment page, `?payment=cancelled` after leaving a
 * payment page through /checkout/cancelled/[orderId], which released the order): nothing was
 * charged and the cart is as it was. For the cart page: `<PaymentNotice payment={searchParams.payment} t={t} />`.
 */
export function PaymentNotice({ payment, t }: { payment: string | string[] | undefined; t: Translate }) {
  const value = Array.isArray(payment) ? payment[0] : payment;
  if (value !== "declined" && value !== "cancelled") return null;
  return (
    <p role="alert" className="mb-6 rounded-lg border border-red-200 bg-red-50 px-4 py-3 font-medium text-red-800">
      {t(value === "declined" ? "orders.payment.declined" : "orders.payment.cancelled")}
    </p>
  );
}
