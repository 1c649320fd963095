import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { cartWhere, type CartOwner } from "./cart-owner";
import { saveShopChoice } from "./save-shop-choice";
import { setShopNoteSchema, type SetShopNoteInput } from "./schemas";

/**
 * The shopper's note to one shop of their cart ("I'll come Saturday morning"), at most 500
 * characters; an empty note clears it. The shop must have a line in the owner's cart (NOT_FOUND
 * otherwise); nothing is written on a refusal.
 */
export async function setShopNote(
  owner: CartOwner,
  shopId: SetShopNoteInput["shopId"],
  note: SetShopNoteInput["note"],
): Promise<{ note: string | null }> {
  const input = parseInput(setShopNoteSchema, { shopId, note });
  const cart = await getDb().cart.findFirst({
    where: { ...cartWhere(owner), lines: { some: { product: { shopId: input.shopId } } } },
    select: { id: true },
  });
  if (!cart) throw new AppError("NOT_FOUND", "shop not in this cart", { form: "cart.errors.shopNotInCart" });
  const value = input.note === "" ? null : input.note;
  await saveShopChoice(cart.id, input.shopId, { note: value });
  return { note: value };
}
