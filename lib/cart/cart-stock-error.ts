import { AppError } from "@/lib/errors";

/**
 * OUT_OF_STOCK with the figures the message needs: how many units there are (`available`) and how
 * many the cart already holds (`inCart`), e.g. "only 3 left, 2 already in your cart".
 */
export class CartStockError extends AppError {
  constructor(
    readonly available: number,
    readonly inCart: number = 0,
  ) {
    super("OUT_OF_STOCK", `only ${available} available, ${inCart} in cart`);
    this.name = "CartStockError";
  }
}

export function isCartStockError(error: unknown): error is CartStockError {
  return error instanceof CartStockError;
}
