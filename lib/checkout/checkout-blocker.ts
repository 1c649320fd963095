import type { CheckoutRefusalReason } from "./checkout-refusal";
import type { CheckoutTotals } from "./checkout-totals";

// Why an order cannot be placed as the cart stands (pure): shared by placeOrder, which refuses
// with it, and the checkout page, which shows it beside a disabled "Pay" as soon as it knows.

export type CheckoutBlocker = { reason: CheckoutRefusalReason; names: string[] };

type Options = {
  /**
   * The courier's radius is not known yet (no address typed): the checkout page does not block
   * on it, the shopper may type an address and pay; placeOrder always knows the address.
   */
  addressPending?: boolean;
};

/** The first reason, in this order: shops closed, products gone, stock short, delivery. Null: buyable. */
export function findCheckoutBlocker(
  totals: CheckoutTotals,
  { addressPending = false }: Options = {},
): CheckoutBlocker | null {
  const parts = totals.parts;
  const blocker = (reason: CheckoutRefusalReason, names: string[]) => (names.length > 0 ? { reason, names } : null);
  return (
    blocker(
      "SHOP_UNAVAILABLE",
      parts.filter((p) => !p.group.shopApproved).map((p) => p.group.shopName),
    ) ??
    blocker(
      "PRODUCT_UNAVAILABLE",
      parts.flatMap((p) => p.group.lines.filter((l) => l.problem === "UNAVAILABLE").map((l) => l.title)),
    ) ??
    blocker(
      "OUT_OF_STOCK",
      parts.flatMap((p) =>
        p.group.lines
          .filter((l) => l.problem === "OUT_OF_STOCK" || l.problem === "NOT_ENOUGH_STOCK")
          .map((l) => l.title),
      ),
    ) ??
    blocker(
      "DELIVERY_METHOD_MISSING",
      parts.filter((p) => p.deliveryProblem === "METHOD_MISSING").map((p) => p.group.shopName),
    ) ??
    blocker(
      "COURIER_OUT_OF_RADIUS",
      parts
        .filter(
          (p) => p.deliveryProblem === "OUT_OF_RADIUS" || (p.deliveryProblem === "ADDRESS_NEEDED" && !addressPending),
        )
        .map((p) => p.group.shopName),
    ) ??
    blocker(
      "DELIVERY_UNAVAILABLE",
      parts
        .filter((p) => p.deliveryProblem !== null && !(p.deliveryProblem === "ADDRESS_NEEDED" && addressPending))
        .map((p) => p.group.shopName),
    )
  );
}
