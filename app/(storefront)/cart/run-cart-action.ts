import "server-only";
import { isCartStockError, type CartStockError } from "@/lib/cart/cart-stock-error";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";

/** "Only 3 left, 2 of them already in your cart" beside the quantity field. */
export function stockMessage(t: Translate, error: CartStockError): string {
  if (error.available === 0) return t("cart.errors.outOfStock");
  if (error.inCart > 0) return t("cart.errors.onlyLeftInCart", { available: error.available, inCart: error.inCart });
  return t("cart.errors.onlyLeft", { available: error.available });
}

/** runFormAction, plus the stock refusal whose message carries figures. */
export async function runCartAction(
  t: Translate,
  context: string,
  run: () => Promise<string | void>,
): Promise<FormState> {
  const refused: { stock?: CartStockError } = {};
  const state = await runFormAction(t, context, async () => {
    try {
      return await run();
    } catch (error) {
      if (!isCartStockError(error)) throw error;
      refused.stock = error;
    }
  });
  return refused.stock ? { status: "error", fieldErrors: { quantity: stockMessage(t, refused.stock) } } : state;
}
