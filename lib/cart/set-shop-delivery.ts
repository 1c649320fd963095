import "server-only";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import type { DeliveryMethod } from "@/lib/generated/prisma/enums";
import type { CartOwner } from "./cart-owner";
import { loadCart } from "./load-cart";
import { saveShopChoice } from "./save-shop-choice";
import { setShopDeliverySchema, type SetShopDeliveryInput } from "./schemas";
import { isSelectable } from "./summarize-cart";

/**
 * Records which delivery method the shopper picks for one shop of their cart. The shop must have a
 * line in the owner's cart (NOT_FOUND otherwise) and offer the method for these products
 * (VALIDATION otherwise); nothing is written on a refusal.
 */
export async function setShopDelivery(
  owner: CartOwner,
  shopId: SetShopDeliveryInput["shopId"],
  method: SetShopDeliveryInput["method"],
): Promise<{ method: DeliveryMethod }> {
  const input = parseInput(setShopDeliverySchema, { shopId, method });
  const cart = await loadCart(owner, null);
  const group = cart?.groups.find((candidate) => candidate.shopId === input.shopId);
  if (!cart || !group) throw new AppError("NOT_FOUND", "shop not in this cart", { form: "cart.errors.shopNotInCart" });
  const quote = group.quotes.find((candidate) => candidate.method === input.method);
  // The courier's radius depends on the delivery address: choosing it is allowed here, checked at checkout.
  if (!quote || !isSelectable(quote)) {
    throw new AppError("VALIDATION", "delivery method not offered", { method: "cart.errors.methodNotOffered" });
  }
  await saveShopChoice(cart.id, group.shopId, { deliveryMethod: input.method });
  return { method: input.method };
}
