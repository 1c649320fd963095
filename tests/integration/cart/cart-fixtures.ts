// Test data for the cart: approved shops with delivery policies, products on sale or not, carts
// of signed-in users and of guests, and a snapshot of everything a cart action may write.
import { randomBytes } from "node:crypto";
import type { CartOwner } from "@/lib/cart/cart-owner";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createShop, createUser } from "../sellers/fixtures";

export const unique = () => randomBytes(4).toString("hex");

export function guest(): { guestToken: string } {
  return { guestToken: randomBytes(32).toString("base64url") };
}

export async function shopper(): Promise<CartOwner & { userId: string }> {
  const user = await createUser("SHOPPER");
  return { userId: user.id };
}

/** An approved shop offering click & collect and postal shipping (6,90 € per parcel). */
export async function shopOnSale(data: Partial<Prisma.ShopUncheckedCreateInput> = {}) {
  const vendor = await createUser("VENDOR");
  const shop = await createShop(vendor, {
    status: "APPROVED",
    clickAndCollect: true,
    postalEnabled: true,
    addressLine: "3 rue des Halles",
    postalCode: "69001",
    pickupInstructions: "Au comptoir",
    ...data,
  });
  const parcel = await getDb().shippingClass.create({
    data: { shopId: shop.id, name: `Colis ${unique()}`, fees: { POSTAL: 690 } },
  });
  return { vendor, shop, parcel };
}

export async function product(shopId: string, data: Partial<Prisma.ProductUncheckedCreateInput> = {}) {
  const slug = `produit-${unique()}`;
  return getDb().product.create({
    data: {
      shopId,
      slug,
      title: `Produit ${slug}`,
      priceAmount: 1250,
      status: "ACTIVE",
      stockTracked: true,
      stock: 10,
      ...data,
    },
  });
}

/** Everything the cart actions write: carts, their lines and their per-shop choices. */
export async function cartSnapshot() {
  const db = getDb();
  return {
    carts: await db.cart.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true, guestToken: true } }),
    lines: await db.cartLine.findMany({
      orderBy: { id: "asc" },
      select: { id: true, cartId: true, productId: true, quantity: true },
    }),
    choices: await db.cartShopChoice.findMany({
      orderBy: { id: "asc" },
      select: { cartId: true, shopId: true, deliveryMethod: true, note: true },
    }),
  };
}

export async function linesOf(owner: CartOwner) {
  return getDb().cartLine.findMany({
    where: { cart: "userId" in owner ? { userId: owner.userId } : { guestToken: owner.guestToken } },
    orderBy: { createdAt: "asc" },
    select: { id: true, productId: true, quantity: true },
  });
}

export { refusal } from "../sellers/fixtures";
