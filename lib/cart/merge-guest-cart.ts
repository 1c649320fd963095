import "server-only";
import { VISIBLE_PRODUCT_WHERE } from "@/lib/catalog/product-card";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lineQuantityLimit } from "./stock-limit";

export type MergedGuestCart = { merged: boolean; lineCount: number };

type Tx = Prisma.TransactionClient;

/**
 * At sign-in (and sign-up): the guest cart tied to `guestToken` joins the user's cart. Quantities
 * of a product in both are summed, capped by the stock (never below what the user's cart already
 * held) and by 99; a guest line whose product can no longer be bought is dropped. The guest's
 * delivery choice and note for a shop are kept where the user has none. The guest cart is then
 * deleted, so calling again does nothing (idempotent, also when two sign-ins race).
 */
export async function mergeGuestCart(guestToken: string, userId: string): Promise<MergedGuestCart> {
  return getDb().$transaction(async (tx) => {
    const guest = await tx.cart.findUnique({
      where: { guestToken },
      select: {
        id: true,
        lines: { select: { productId: true, quantity: true } },
        shopChoices: { select: { shopId: true, deliveryMethod: true, note: true } },
      },
    });
    if (!guest) return { merged: false, lineCount: 0 };

    const userCart = await tx.cart.findUnique({ where: { userId }, select: { id: true } });
    if (!userCart) {
      // No cart yet (a new account, typically): the guest cart simply becomes the user's. The
      // condition on the token makes a second, racing merge a no-op.
      const { count } = await tx.cart.updateMany({
        where: { id: guest.id, guestToken },
        data: { userId, guestToken: null },
      });
      return { merged: count === 1, lineCount: count === 1 ? guest.lines.length : 0 };
    }

    // Claim the guest cart first: whoever deletes it merges it, a racing merge finds nothing to do.
    const { count } = await tx.cart.deleteMany({ where: { id: guest.id, guestToken } });
    if (count !== 1) return { merged: false, lineCount: 0 };
    const lineCount = await mergeLines(tx, userCart.id, guest.lines);
    await mergeChoices(tx, userCart.id, guest.shopChoices);
    return { merged: true, lineCount };
  });
}

async function mergeLines(tx: Tx, cartId: string, lines: { productId: string; quantity: number }[]): Promise<number> {
  if (lines.length === 0) return 0;
  const products = await tx.product.findMany({
    where: { id: { in: lines.map((line) => line.productId) }, ...VISIBLE_PRODUCT_WHERE },
    select: { id: true, stockTracked: true, stock: true },
  });
  const existing = await tx.cartLine.findMany({ where: { cartId }, select: { productId: true, quantity: true } });
  let merged = 0;
  for (const line of lines) {
    const product = products.find((candidate) => candidate.id === line.productId);
    if (!product) continue;
    const held = existing.find((candidate) => candidate.productId === line.productId)?.quantity ?? 0;
    const quantity = Math.min(held + line.quantity, Math.max(lineQuantityLimit(product), held));
    if (quantity < 1) continue;
    await tx.cartLine.upsert({
      where: { cartId_productId: { cartId, productId: product.id } },
      create: { cartId, productId: product.id, quantity },
      update: { quantity },
    });
    merged += 1;
  }
  return merged;
}

async function mergeChoices(
  tx: Tx,
  cartId: string,
  choices: {
    shopId: string;
    deliveryMethod: Prisma.CartShopChoiceCreateInput["deliveryMethod"];
    note: string | null;
  }[],
) {
  for (const choice of choices) {
    const mine = await tx.cartShopChoice.findUnique({
      where: { cartId_shopId: { cartId, shopId: choice.shopId } },
      select: { id: true, deliveryMethod: true, note: true },
    });
    if (!mine) {
      await tx.cartShopChoice.create({
        data: { cartId, shopId: choice.shopId, deliveryMethod: choice.deliveryMethod, note: choice.note },
      });
      continue;
    }
    const data = {
      ...(mine.deliveryMethod === null && choice.deliveryMethod ? { deliveryMethod: choice.deliveryMethod } : {}),
      ...(mine.note === null && choice.note ? { note: choice.note } : {}),
    };
    if (Object.keys(data).length > 0) await tx.cartShopChoice.update({ where: { id: mine.id }, data });
  }
}
