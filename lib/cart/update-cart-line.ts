import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { cartWhere, type CartOwner } from "./cart-owner";
import { CartStockError } from "./cart-stock-error";
import { updateCartLineSchema, type UpdateCartLineInput } from "./schemas";

export type UpdatedCartLine = { lineId: string; quantity: number } | { lineId: string; removed: true };

/**
 * Sets a line's quantity (0 removes it). The line must be in the owner's own cart (NOT_FOUND
 * otherwise, whoever's line it is); a tracked stock bounds the quantity (OUT_OF_STOCK with the
 * count). Lowering a quantity is always allowed, even on a product that is no longer on sale, so
 * a shopper can always bring a cart back within what can be bought.
 */
export async function updateCartLine(
  owner: CartOwner,
  lineId: UpdateCartLineInput["lineId"],
  quantity: UpdateCartLineInput["quantity"],
): Promise<UpdatedCartLine> {
  const input = parseInput(updateCartLineSchema, { lineId, quantity });
  return getDb().$transaction(async (tx) => {
    const line = await tx.cartLine.findFirst({
      where: { id: input.lineId, cart: cartWhere(owner) },
      select: { id: true, quantity: true, product: { select: { stockTracked: true, stock: true } } },
    });
    if (!line) throw new AppError("NOT_FOUND", "no such line in this cart", { form: "cart.errors.lineNotFound" });

    if (input.quantity === 0) {
      await tx.cartLine.delete({ where: { id: line.id } });
      return { lineId: line.id, removed: true };
    }
    const { stockTracked, stock } = line.product;
    if (stockTracked && input.quantity > stock && input.quantity > line.quantity)
      throw new CartStockError(Math.max(0, stock), line.quantity);
    await tx.cartLine.update({ where: { id: line.id }, data: { quantity: input.quantity } });
    return { lineId: line.id, quantity: input.quantity };
  });
}
