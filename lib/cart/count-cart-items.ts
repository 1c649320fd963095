import "server-only";
import { getDb } from "@/lib/db";
import { cartWhere, type CartOwner } from "./cart-owner";

/** How many units the owner's cart holds (for the header): one indexed aggregate, 0 without a cart. */
export async function countCartItems(owner: CartOwner | null): Promise<number> {
  if (!owner) return 0;
  const result = await getDb().cartLine.aggregate({ where: { cart: cartWhere(owner) }, _sum: { quantity: true } });
  return result._sum.quantity ?? 0;
}
