import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { cartWhere, type CartOwner } from "./cart-owner";
import { removeCartLineSchema, type RemoveCartLineInput } from "./schemas";

/** What was removed, so the page can offer to put it back. */
export type RemovedCartLine = { productId: string; quantity: number };

/**
 * Removes a line from the owner's own cart (NOT_FOUND for anyone else's line, nothing changed).
 * The shop's delivery choice and note stay: an undo brings them back, and a shop without lines is
 * not shown (loadCart groups lines).
 */
export async function removeCartLine(
  owner: CartOwner,
  lineId: RemoveCartLineInput["lineId"],
): Promise<RemovedCartLine> {
  const input = parseInput(removeCartLineSchema, { lineId });
  return getDb().$transaction(async (tx) => {
    const line = await tx.cartLine.findFirst({
      where: { id: input.lineId, cart: cartWhere(owner) },
      select: { id: true, productId: true, quantity: true },
    });
    if (!line) throw new AppError("NOT_FOUND", "no such line in this cart", { form: "cart.errors.lineNotFound" });
    await tx.cartLine.delete({ where: { id: line.id } });
    return { productId: line.productId, quantity: line.quantity };
  });
}
