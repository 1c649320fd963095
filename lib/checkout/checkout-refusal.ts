import { AppError, type AppErrorCode } from "@/lib/errors";

// Why an order cannot be placed as it is, naming what is at fault (products or shops) so the
// checkout page can say which. Nothing is written when one is thrown.
export type CheckoutRefusalReason =
  | "CART_EMPTY"
  | "SHOP_UNAVAILABLE"
  | "PRODUCT_UNAVAILABLE"
  | "OUT_OF_STOCK"
  | "DELIVERY_METHOD_MISSING"
  | "DELIVERY_UNAVAILABLE"
  | "COURIER_OUT_OF_RADIUS"
  | "PRICES_CHANGED";

const CODE_OF: Record<CheckoutRefusalReason, AppErrorCode> = {
  CART_EMPTY: "CONFLICT",
  SHOP_UNAVAILABLE: "CONFLICT",
  PRODUCT_UNAVAILABLE: "CONFLICT",
  OUT_OF_STOCK: "OUT_OF_STOCK",
  DELIVERY_METHOD_MISSING: "CONFLICT",
  DELIVERY_UNAVAILABLE: "CONFLICT",
  COURIER_OUT_OF_RADIUS: "CONFLICT",
  PRICES_CHANGED: "CONFLICT",
};

export class CheckoutRefusal extends AppError {
  constructor(
    readonly reason: CheckoutRefusalReason,
    /** product titles or shop names, as the shopper knows them */
    readonly names: string[] = [],
  ) {
    super(CODE_OF[reason], `${reason}${names.length > 0 ? `: ${names.join(", ")}` : ""}`);
    this.name = "CheckoutRefusal";
  }
}

export function isCheckoutRefusal(error: unknown): error is CheckoutRefusal {
  return error instanceof CheckoutRefusal;
}
