import { computeCheckoutTotals } from "@/lib/checkout/checkout-totals";
import type { ShippingQuote } from "@/lib/checkout/rules/shipping-fee";
import type { DeliveryMethod } from "@/lib/generated/prisma/enums";
import type { CartShopGroup, CartView } from "./load-cart";

// What the cart page shows beside the lines (pure): per shop, the delivery methods to offer, what
// the chosen one costs and the subtotal; for the cart, the totals and whether checkout may start.

/** The courier's radius depends on the delivery address, known at checkout: not a refusal yet. */
export const SETTLED_AT_CHECKOUT: ReadonlySet<string> = new Set(["ADDRESS_NEEDED", "OUT_OF_RADIUS"]);

export type DeliveryState =
  | { kind: "NOT_CHOSEN" }
  /** the chosen method cannot serve these products any more (pick another) */
  | { kind: "INVALID"; method: DeliveryMethod }
  /** courier: fee known once the address is */
  | { kind: "AT_CHECKOUT"; method: DeliveryMethod }
  | { kind: "PRICED"; method: DeliveryMethod; feeAmount: number; postageDue: boolean; freeByThreshold: boolean };

export type ShopSummary = {
  shopId: string;
  /** methods the shop offers (NOT_OFFERED ones are left out), in a fixed order */
  options: ShippingQuote[];
  delivery: DeliveryState;
  subtotalAmount: number;
};

export type CartSummary = {
  shops: ShopSummary[];
  itemsAmount: number;
  /** known delivery fees only */
  shippingAmount: number;
  totalAmount: number;
  /** a courier fee is still to come (address needed) */
  shippingPending: boolean;
  /** some postage is paid on delivery, outside this total */
  postageDue: boolean;
  estimatedPrices: boolean;
  /** why checkout cannot start yet, or null */
  blocked: null | "PROBLEMS" | "DELIVERY";
};

/** Whether a quote can be chosen on the cart page. */
export function isSelectable(quote: ShippingQuote): boolean {
  return quote.available || SETTLED_AT_CHECKOUT.has(quote.reason);
}

function deliveryState(group: CartShopGroup): DeliveryState {
  const method = group.deliveryMethod;
  if (!method) return { kind: "NOT_CHOSEN" };
  const quote = group.quotes.find((candidate) => candidate.method === method);
  if (!quote || !isSelectable(quote)) return { kind: "INVALID", method };
  if (!quote.available) return { kind: "AT_CHECKOUT", method };
  return {
    kind: "PRICED",
    method,
    feeAmount: quote.feeAmount,
    postageDue: quote.postageDue,
    freeByThreshold: quote.freeByThreshold,
  };
}

export function summarizeShop(group: CartShopGroup): ShopSummary {
  const delivery = deliveryState(group);
  return {
    shopId: group.shopId,
    options: group.quotes.filter((quote) => quote.available || quote.reason !== "NOT_OFFERED"),
    delivery,
    subtotalAmount: group.itemsAmount + (delivery.kind === "PRICED" ? delivery.feeAmount : 0),
  };
}

/** The amounts come from computeCheckoutTotals: the cart shows what checkout will charge. */
export function summarizeCart(cart: CartView): CartSummary {
  const shops = cart.groups.map(summarizeShop);
  const totals = computeCheckoutTotals(cart);
  const lines = cart.groups.flatMap((group) => group.lines);
  const blocked = lines.some((line) => line.problem !== null)
    ? "PROBLEMS"
    : shops.some((shop) => shop.delivery.kind === "NOT_CHOSEN" || shop.delivery.kind === "INVALID")
      ? "DELIVERY"
      : null;
  return {
    shops,
    itemsAmount: totals.itemsAmount,
    shippingAmount: totals.shippingAmount,
    totalAmount: totals.totalAmount,
    shippingPending: shops.some((shop) => shop.delivery.kind === "AT_CHECKOUT"),
    postageDue: totals.postageDue,
    estimatedPrices: lines.some((line) => line.estimatedPrice),
    blocked: lines.length === 0 ? null : blocked,
  };
}
