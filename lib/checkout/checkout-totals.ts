import type { CartShopGroup, CartView } from "@/lib/cart/load-cart";
import type { ShippingQuote } from "./rules/shipping-fee";

// The totals of a cart at checkout, shared by the checkout page (what the shopper is shown and
// agrees to) and placeOrder (what is charged): one rule, so the two cannot drift apart.

export type DeliveryProblem = "METHOD_MISSING" | Extract<ShippingQuote, { available: false }>["reason"];

export type CheckoutPart = {
  group: CartShopGroup;
  /** the chosen method's quote when it is available at this address */
  quote: Extract<ShippingQuote, { available: true }> | null;
  deliveryProblem: DeliveryProblem | null;
  deliveryFeeAmount: number;
  totalAmount: number;
};

export type CheckoutTotals = {
  parts: CheckoutPart[];
  itemsAmount: number;
  shippingAmount: number;
  totalAmount: number;
  /** some part ships with postage paid on delivery (not in the total) */
  postageDue: boolean;
  /**
   * some part is delivered (courier or post), so the order needs a delivery address; a cart where
   * every part is click & collect needs none (docs/product.md, "Click & collect vs delivery")
   */
  deliveryAddressNeeded: boolean;
};

export function computeCheckoutTotals(cart: CartView): CheckoutTotals {
  const parts = cart.groups.map((group): CheckoutPart => {
    const quote = group.quotes.find((q) => q.method === group.deliveryMethod) ?? null;
    const available = quote && quote.available ? quote : null;
    const deliveryProblem: DeliveryProblem | null =
      group.deliveryMethod === null
        ? "METHOD_MISSING"
        : quote && !quote.available
          ? quote.reason
          : quote
            ? null
            : "NOT_OFFERED";
    const deliveryFeeAmount = available?.feeAmount ?? 0;
    return {
      group,
      quote: available,
      deliveryProblem,
      deliveryFeeAmount,
      totalAmount: group.itemsAmount + deliveryFeeAmount,
    };
  });
  const itemsAmount = parts.reduce((sum, part) => sum + part.group.itemsAmount, 0);
  const shippingAmount = parts.reduce((sum, part) => sum + part.deliveryFeeAmount, 0);
  return {
    parts,
    itemsAmount,
    shippingAmount,
    totalAmount: itemsAmount + shippingAmount,
    postageDue: parts.some((part) => part.quote?.postageDue === true),
    deliveryAddressNeeded: cart.groups.some((group) => isDelivered(group.deliveryMethod)),
  };
}

/** Courier and post go to an address; click & collect (or no method chosen yet) does not. */
export function isDelivered(method: CartShopGroup["deliveryMethod"]): boolean {
  return method !== null && method !== "CLICK_AND_COLLECT";
}
