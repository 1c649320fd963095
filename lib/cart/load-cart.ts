import "server-only";
import type { DeliveryMethod } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { distanceKm, type LatLng } from "@/lib/geo/distance";
import { readShippingFees } from "@/lib/shops/shipping-classes/schema";
import {
  DELIVERY_METHODS,
  quoteShipping,
  type ShippingQuote,
  type ShopShippingPolicy,
} from "@/lib/checkout/rules/shipping-fee";
import { cartWhere, type CartOwner } from "./cart-owner";

// The cart as the cart page, the checkout page and placeOrder read it: lines grouped by shop, each
// line with what is true *now* in the database (price, stock, whether it can still be bought), each
// shop with its delivery policy, the shopper's choice and note, and a quote for every method.

type Db = Pick<PrismaClient, "cart">;

export type CartLineView = {
  id: string;
  productId: string;
  slug: string;
  title: string;
  sku: string | null;
  imageUrl: string | null;
  imageAlt: string;
  kind: "PHYSICAL" | "SERVICE" | "DIGITAL";
  categoryId: string | null;
  shippingClassId: string | null;
  unitPriceAmount: number;
  currency: string;
  estimatedPrice: boolean;
  priceUnit: string | null;
  quantity: number;
  lineAmount: number;
  /** null when stock is not tracked */
  stockAvailable: number | null;
  /** why the line cannot be bought as it is (null: fine) */
  problem: null | "UNAVAILABLE" | "OUT_OF_STOCK" | "NOT_ENOUGH_STOCK";
};

export type CartShopGroup = {
  shopId: string;
  shopSlug: string;
  shopName: string;
  shopApproved: boolean;
  address: { line: string | null; postalCode: string | null; city: string | null };
  pickupInstructions: string | null;
  handlingDays: number;
  policy: ShopShippingPolicy;
  location: LatLng | null;
  lines: CartLineView[];
  itemsAmount: number;
  deliveryMethod: DeliveryMethod | null;
  note: string | null;
  /** one quote per method, for the destination given (courier needs it) */
  quotes: ShippingQuote[];
};

export type CartView = { id: string; groups: CartShopGroup[]; lineCount: number; itemCount: number; currency: string };

const CART_SELECT = {
  id: true,
  shopChoices: { select: { shopId: true, deliveryMethod: true, note: true } },
  lines: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      quantity: true,
      product: {
        select: {
          id: true,
          slug: true,
          title: true,
          sku: true,
          kind: true,
          status: true,
          categoryId: true,
          shippingClassId: true,
          priceAmount: true,
          currency: true,
          estimatedPrice: true,
          priceUnit: true,
          stockTracked: true,
          stock: true,
          images: { orderBy: { position: "asc" }, take: 1, select: { url: true, alt: true } },
          shop: {
            select: {
              id: true,
              slug: true,
              name: true,
              status: true,
              addressLine: true,
              postalCode: true,
              city: true,
              latitude: true,
              longitude: true,
              pickupInstructions: true,
              handlingDays: true,
              clickAndCollect: true,
              courierEnabled: true,
              courierRadiusKm: true,
              postalEnabled: true,
              postageDueOnDelivery: true,
              shippingFeeMode: true,
              freeShippingThresholdAmount: true,
              shippingClasses: { select: { id: true, fees: true } },
            },
          },
        },
      },
    },
  },
} as const;

/**
 * The owner's cart, or null when there is none. `destination`: where the order would go (a saved
 * or typed address, or the viewer's location) — used for the courier radius; null: unknown.
 * Pass a transaction client as `db` to read inside placeOrder's transaction.
 */
export async function loadCart(
  owner: CartOwner,
  destination: LatLng | null,
  db: Db = getDb(),
): Promise<CartView | null> {
  const cart = await db.cart.findUnique({ where: cartWhere(owner), select: CART_SELECT });
  if (!cart) return null;

  const groups = new Map<string, CartShopGroup>();
  for (const line of cart.lines) {
    const product = line.product;
    const shop = product.shop;
    let group = groups.get(shop.id);
    if (!group) {
      const choice = cart.shopChoices.find((c) => c.shopId === shop.id);
      const location =
        shop.latitude !== null && shop.longitude !== null ? { lat: shop.latitude, lng: shop.longitude } : null;
      group = {
        shopId: shop.id,
        shopSlug: shop.slug,
        shopName: shop.name,
        shopApproved: shop.status === "APPROVED",
        address: { line: shop.addressLine, postalCode: shop.postalCode, city: shop.city },
        pickupInstructions: shop.pickupInstructions,
        handlingDays: shop.handlingDays,
        policy: {
          clickAndCollect: shop.clickAndCollect,
          courierEnabled: shop.courierEnabled,
          courierRadiusKm: shop.courierRadiusKm,
          postalEnabled: shop.postalEnabled,
          postageDueOnDelivery: shop.postageDueOnDelivery,
          shippingFeeMode: shop.shippingFeeMode,
          freeShippingThresholdAmount: shop.freeShippingThresholdAmount,
          classes: shop.shippingClasses.map((c) => ({ id: c.id, fees: readShippingFees(c.fees) })),
        },
        location,
        lines: [],
        itemsAmount: 0,
        deliveryMethod: choice?.deliveryMethod ?? null,
        note: choice?.note ?? null,
        quotes: [],
      };
      groups.set(shop.id, group);
    }
    const buyable = product.status === "ACTIVE" && shop.status === "APPROVED";
    const stockAvailable = product.stockTracked ? Math.max(0, product.stock) : null;
    const problem: CartLineView["problem"] = !buyable
      ? "UNAVAILABLE"
      : stockAvailable === 0
        ? "OUT_OF_STOCK"
        : stockAvailable !== null && line.quantity > stockAvailable
          ? "NOT_ENOUGH_STOCK"
          : null;
    const lineAmount = product.priceAmount * line.quantity;
    group.lines.push({
      id: line.id,
      productId: product.id,
      slug: product.slug,
      title: product.title,
      sku: product.sku,
      imageUrl: product.images[0]?.url ?? null,
      imageAlt: product.images[0]?.alt ?? "",
      kind: product.kind,
      categoryId: product.categoryId,
      shippingClassId: product.shippingClassId,
      unitPriceAmount: product.priceAmount,
      currency: product.currency,
      estimatedPrice: product.estimatedPrice,
      priceUnit: product.priceUnit,
      quantity: line.quantity,
      lineAmount,
      stockAvailable,
      problem,
    });
    group.itemsAmount += lineAmount;
  }

  for (const group of groups.values()) {
    const distance = destination && group.location ? distanceKm(group.location, destination) : null;
    group.quotes = DELIVERY_METHODS.map((method) => quoteShipping(group.policy, group.lines, method, distance));
  }

  const all = [...groups.values()];
  return {
    id: cart.id,
    groups: all,
    lineCount: cart.lines.length,
    itemCount: cart.lines.reduce((sum, line) => sum + line.quantity, 0),
    currency: all[0]?.lines[0]?.currency ?? "EUR",
  };
}

/** The quote for the method the shopper picked, or null when none is picked or it is not available. */
export function chosenQuote(group: CartShopGroup): Extract<ShippingQuote, { available: true }> | null {
  const quote = group.quotes.find((q) => q.method === group.deliveryMethod);
  return quote && quote.available ? quote : null;
}
