import "server-only";
import { VISIBLE_PRODUCT_WHERE } from "@/lib/catalog/product-card";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { cartWhere, type CartOwner } from "./cart-owner";
import { CartStockError } from "./cart-stock-error";
import { addToCartSchema, MAX_LINE_QUANTITY, type AddToCartInput } from "./schemas";

export type AddedToCart = { lineId: string; quantity: number; itemCount: number };

/**
 * Puts `quantity` units of a product in the owner's cart (creating the cart on first use); a
 * product already there gets its line increased. The product must be on sale (online, approved
 * shop, listed); the line's total stays within the stock when it is tracked (OUT_OF_STOCK with the
 * count otherwise) and within 99. Nothing is written on any refusal.
 */
export async function addToCart(
  owner: CartOwner,
  productId: AddToCartInput["productId"],
  quantity: AddToCartInput["quantity"],
): Promise<AddedToCart> {
  const input = parseInput(addToCartSchema, { productId, quantity });
  return getDb().$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, ...VISIBLE_PRODUCT_WHERE },
      select: { id: true, stockTracked: true, stock: true },
    });
    if (!product) throw new AppError("NOT_FOUND", "product not on sale", { form: "cart.errors.productUnavailable" });

    const existing = await tx.cartLine.findFirst({
      where: { productId: product.id, cart: cartWhere(owner) },
      select: { quantity: true },
    });
    const inCart = existing?.quantity ?? 0;
    const total = inCart + input.quantity;
    if (product.stockTracked && total > product.stock) throw new CartStockError(Math.max(0, product.stock), inCart);
    if (total > MAX_LINE_QUANTITY)
      throw new AppError("VALIDATION", "line over the maximum", { quantity: "cart.errors.lineMax" });

    // INSERT … ON CONFLICT DO NOTHING: concurrent first adds create one cart and one line, and wait
    // for each other instead of failing on the unique index.
    await tx.cart.createMany({ data: [cartWhere(owner)], skipDuplicates: true });
    const cart = await tx.cart.findUniqueOrThrow({ where: cartWhere(owner), select: { id: true } });
    const created = await tx.cartLine.createMany({
      data: [{ cartId: cart.id, productId: product.id, quantity: input.quantity }],
      skipDuplicates: true,
    });
    const line =
      created.count === 1
        ? await tx.cartLine.findUniqueOrThrow({
            where: { cartId_productId: { cartId: cart.id, productId: product.id } },
            select: { id: true, quantity: true },
          })
        : await tx.cartLine.update({
            where: { cartId_productId: { cartId: cart.id, productId: product.id } },
            data: { quantity: { increment: input.quantity } },
            select: { id: true, quantity: true },
          });
    // A concurrent add may have raced us past the limits: the whole add is undone.
    if (product.stockTracked && line.quantity > product.stock)
      throw new CartStockError(Math.max(0, product.stock), line.quantity - input.quantity);
    if (line.quantity > MAX_LINE_QUANTITY)
      throw new AppError("VALIDATION", "line over the maximum", { quantity: "cart.errors.lineMax" });
    const items = await tx.cartLine.aggregate({ where: { cartId: cart.id }, _sum: { quantity: true } });
    return { lineId: line.id, quantity: line.quantity, itemCount: items._sum.quantity ?? 0 };
  });
}
