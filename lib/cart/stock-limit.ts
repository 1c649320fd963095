import { MAX_LINE_QUANTITY } from "./schemas";

/** How many units of a product one cart line may hold: its stock when tracked, never more than 99. */
export function lineQuantityLimit(product: { stockTracked: boolean; stock: number }): number {
  return product.stockTracked ? Math.max(0, Math.min(product.stock, MAX_LINE_QUANTITY)) : MAX_LINE_QUANTITY;
}
