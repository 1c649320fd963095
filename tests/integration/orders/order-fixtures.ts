// Test data for payments and orders: two approved shops (click & collect at one, post at the other),
// a shopper with a cart, and a placed order awaiting payment — written directly, as placeOrder
// leaves it: Order + one ShopOrder per shop + OrderLines with snapshots, stock already taken.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { OrderStatus, Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { createShop, createUser } from "../sellers/fixtures";

export const unique = () => randomBytes(4).toString("hex");

export async function product(
  shopId: string,
  data: { title: string; priceAmount: number; stock: number; stockTracked?: boolean },
) {
  return getDb().product.create({
    data: { shopId, slug: `p-${unique()}`, status: "ACTIVE", publishedAt: new Date(), stockTracked: true, ...data },
  });
}

/** Two shops with their vendors, two products each (stock 10). */
export async function twoShops() {
  const bakerVendor = await createUser("VENDOR", "Léa Boulangère");
  const potterVendor = await createUser("VENDOR", "Ali Potier");
  const bakery = await createShop(bakerVendor, {
    status: "APPROVED",
    name: `Fournil ${unique()}`,
    email: `fournil-${unique()}@example.test`,
    addressLine: "12 rue des Halles",
    postalCode: "69001",
    city: "Lyon",
    clickAndCollect: true,
    pickupInstructions: "Sonnez à la porte de côté",
  });
  const pottery = await createShop(potterVendor, {
    status: "APPROVED",
    name: `Karkareh ${unique()}`,
    email: null,
    postalEnabled: true,
  });
  const bread = await product(bakery.id, { title: "Pain de campagne", priceAmount: 450, stock: 10 });
  const croissant = await product(bakery.id, { title: "Croissant", priceAmount: 120, stock: 10 });
  const bowl = await product(pottery.id, { title: "Bol en grès", priceAmount: 2800, stock: 10 });
  const vase = await product(pottery.id, { title: "Vase", priceAmount: 5000, stock: 10 });
  return { bakerVendor, potterVendor, bakery, pottery, bread, croissant, bowl, vase };
}

export type Shops = Awaited<ReturnType<typeof twoShops>>;

let orderCounter = 0;

/**
 * A placed order awaiting payment: 2 bread (click & collect, commission 10 %) at the bakery,
 * 1 bowl posted (6.90 €, commission 10 %, payment fee passed through) at the pottery. The shopper's
 * cart holds the ordered products plus a vase (not ordered). Stock already decremented.
 */
export async function placedOrder(
  shops: Shops,
  options: { shopper?: Actor | null; status?: OrderStatus; provider?: string } = {},
) {
  const db = getDb();
  const shopper = options.shopper === undefined ? await createUser("SHOPPER", "Marc Petit") : options.shopper;
  // One cart per account: a second order of the same shopper reuses it.
  const cart = shopper
    ? await db.cart.upsert({ where: { userId: shopper.id }, create: { userId: shopper.id }, update: {} })
    : await db.cart.create({ data: { guestToken: `guest-${unique()}` } });
  await db.cartLine.createMany({
    skipDuplicates: true,
    data: [
      { cartId: cart.id, productId: shops.bread.id, quantity: 2 },
      { cartId: cart.id, productId: shops.bowl.id, quantity: 1 },
      { cartId: cart.id, productId: shops.vase.id, quantity: 1 },
    ],
  });
  await db.cartShopChoice.createMany({
    skipDuplicates: true,
    data: [
      { cartId: cart.id, shopId: shops.bakery.id, deliveryMethod: "CLICK_AND_COLLECT", note: "Je passe samedi matin" },
      { cartId: cart.id, shopId: shops.pottery.id, deliveryMethod: "POSTAL" },
    ],
  });
  await db.product.update({ where: { id: shops.bread.id }, data: { stock: { decrement: 2 } } });
  await db.product.update({ where: { id: shops.bowl.id }, data: { stock: { decrement: 1 } } });

  orderCounter += 1;
  const provider = options.provider ?? "test";
  const order = await db.order.create({
    data: {
      number: `H-${unique()}-${orderCounter}`,
      userId: shopper?.id ?? null,
      email: shopper?.email ?? `guest-${unique()}@example.test`,
      customerName: shopper?.name ?? "Invitée Durand",
      customerPhone: "06 12 34 56 78",
      cartId: cart.id,
      accessToken: randomBytes(24).toString("base64url"),
      termsAcceptedAt: new Date(),
      status: options.status ?? "AWAITING_PAYMENT",
      currency: "EUR",
      itemsAmount: 900 + 2800,
      shippingAmount: 690,
      totalAmount: 900 + 2800 + 690,
      paymentFeeAmount: 91,
      paymentProvider: provider,
      paymentReference: `${provider === "stripe" ? "cs_test" : "test"}_${unique()}${unique()}`,
      shippingAddress: {
        name: "Marc Petit",
        line1: "3 rue Mercière",
        postalCode: "69002",
        city: "Lyon",
        country: "FR",
      },
      stockReservedUntil: new Date(Date.now() + 15 * 60_000),
      shopOrders: {
        create: [
          {
            shopId: shops.bakery.id,
            deliveryMethod: "CLICK_AND_COLLECT",
            deliveryFeeAmount: 0,
            itemsAmount: 900,
            commissionAmount: 90,
            paymentFeeAmount: 0,
            note: "Je passe samedi matin",
            lines: {
              create: [
                {
                  productId: shops.bread.id,
                  titleSnapshot: "Pain de campagne",
                  kindSnapshot: "PHYSICAL",
                  unitPriceAmount: 450,
                  quantity: 2,
                  lineAmount: 900,
                  commissionRateBps: 1000,
                  commissionAmount: 90,
                },
              ],
            },
          },
          {
            shopId: shops.pottery.id,
            deliveryMethod: "POSTAL",
            deliveryFeeAmount: 690,
            itemsAmount: 2800,
            commissionAmount: 280,
            paymentFeeAmount: 77,
            lines: {
              create: [
                {
                  productId: shops.bowl.id,
                  titleSnapshot: "Bol en grès",
                  kindSnapshot: "PHYSICAL",
                  unitPriceAmount: 2800,
                  quantity: 1,
                  lineAmount: 2800,
                  commissionRateBps: 1000,
                  commissionAmount: 280,
                },
              ],
            },
          },
        ],
      },
    },
    include: { shopOrders: { orderBy: { createdAt: "asc" } } },
  });
  return { shopper, cart, order };
}

/** Everything a payment step may write, to assert that a refusal changed nothing. */
export async function paymentSnapshot(orderId: string, cartId: string) {
  const db = getDb();
  return {
    order: await db.order.findUnique({ where: { id: orderId }, select: { status: true, paidAt: true } }),
    shopOrders: await db.shopOrder.findMany({ where: { orderId }, orderBy: { id: "asc" }, select: { status: true } }),
    ledger: await db.ledgerEntry.count({ where: { shopOrder: { orderId } } }),
    emails: await db.emailMessage.count(),
    cartLines: await db.cartLine.count({ where: { cartId } }),
    choices: await db.cartShopChoice.count({ where: { cartId } }),
    stock: await db.product.findMany({ orderBy: { id: "asc" }, select: { id: true, stock: true } }),
    events: await db.processedWebhookEvent.count(),
  };
}

/**
 * A paid order (placedOrder, then confirmed through confirmOrderPayment as a payment would): the
 * bakery's part (click & collect; with `services`, its line is a service: made available, not
 * collected) and the pottery's part (posted), both awaiting acceptance with their deadlines set.
 */
export async function paidOrder(
  shops: Shops,
  options: { shopper?: Actor | null; provider?: string; services?: boolean } = {},
) {
  const placed = await placedOrder(shops, options);
  const db = getDb();
  const bakeryPartId = placed.order.shopOrders.find((part) => part.shopId === shops.bakery.id)!.id;
  if (options.services)
    await db.orderLine.updateMany({ where: { shopOrderId: bakeryPartId }, data: { kindSnapshot: "SERVICE" } });
  const outcome = await confirmOrderPayment({
    orderId: placed.order.id,
    provider: placed.order.paymentProvider === "stripe" ? "stripe" : "test",
    reference: placed.order.paymentReference!,
    amountReceived: placed.order.totalAmount,
    currency: placed.order.currency,
  });
  if (outcome.status !== "confirmed") throw new Error(`paidOrder: ${outcome.status}`);
  const parts = await db.shopOrder.findMany({ where: { orderId: placed.order.id } });
  return {
    ...placed,
    bakeryPart: parts.find((part) => part.shopId === shops.bakery.id)!,
    potteryPart: parts.find((part) => part.shopId === shops.pottery.id)!,
  };
}

/** Puts a part straight into a state (test setup only), with what that state implies. */
export async function putPartIn(
  shopOrderId: string,
  status: ShopOrderStatus,
  data: Prisma.ShopOrderUpdateInput = {},
): Promise<void> {
  await getDb().shopOrder.update({ where: { id: shopOrderId }, data: { status, ...data } });
}

/** Everything a transition may write, to assert that a refusal changed nothing. */
export async function lifeSnapshot(orderId: string) {
  const db = getDb();
  return {
    shopOrders: await db.shopOrder.findMany({ where: { orderId }, orderBy: { id: "asc" } }),
    events: await db.shopOrderEvent.findMany({ where: { shopOrder: { orderId } }, orderBy: { id: "asc" } }),
    refunds: await db.refund.findMany({ where: { shopOrder: { orderId } }, orderBy: { id: "asc" } }),
    ledger: await db.ledgerEntry.findMany({ where: { shopOrder: { orderId } }, orderBy: { id: "asc" } }),
    stock: await db.product.findMany({ orderBy: { id: "asc" }, select: { id: true, stock: true } }),
    emails: await db.emailMessage.count(),
  };
}

export { createShop, createUser };
export { refusal } from "../sellers/fixtures";

/**
 * A paid order whose lines are sold at an estimated price (docs/domain.md, estimated prices): the
 * bakery's part (2 bread, 9 € estimated, click & collect) ready for pickup with code "123456", and
 * the pottery's part (1 bowl, 28 € estimated, posted with 6.90 € postage) accepted. The margin is
 * the schema's default (10 %) unless `marginBps` is given.
 */
export async function estimatedOrder(shops: Shops, options: { shopper?: Actor | null; marginBps?: number } = {}) {
  const paid = await paidOrder(shops, options);
  const db = getDb();
  if (options.marginBps !== undefined)
    await db.marketplaceSettings.upsert({
      where: { id: 1 },
      create: { id: 1, estimatedPriceMarginBps: options.marginBps },
      update: { estimatedPriceMarginBps: options.marginBps },
    });
  await db.orderLine.updateMany({
    where: { shopOrderId: { in: [paid.bakeryPart.id, paid.potteryPart.id] } },
    data: { estimatedPrice: true },
  });
  await putPartIn(paid.bakeryPart.id, "READY_FOR_PICKUP", { pickupCode: "123456" });
  await putPartIn(paid.potteryPart.id, "ACCEPTED");
  const bakeryLine = await db.orderLine.findFirstOrThrow({ where: { shopOrderId: paid.bakeryPart.id } });
  const potteryLine = await db.orderLine.findFirstOrThrow({ where: { shopOrderId: paid.potteryPart.id } });
  return { ...paid, bakeryLine, potteryLine };
}
