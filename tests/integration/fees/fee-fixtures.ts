// Test data for the fee engine's money path (docs/business-models.md, fees): a marketplace with fee
// settings, a shop on a plan, orders placed through placeOrder (the real checkout) and paid through
// the test provider (startOrderPayment, then confirmOrderPayment as the payment page would), and
// ambassadors.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { DeliveryMethod, Prisma } from "@/lib/generated/prisma/client";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { placeOrder } from "@/lib/orders/place-order";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import { cartWith, checkoutForm, createUser, lyonShop, product } from "../checkout/place-order-fixtures";

export { createUser, lyonShop, product };

const unique = () => Math.random().toString(36).slice(2, 10);

/** A plan: 10 % on products, 20 % on services (a kind rule), and whatever else the test says. */
export async function feePlan(data: Partial<Prisma.PlanUncheckedCreateInput> = {}) {
  return getDb().plan.create({
    data: {
      code: `fees-${unique()}`,
      name: "Fees",
      defaultCommissionBps: 1000,
      commissionRules: { create: [{ productKind: "SERVICE", rateBps: 2000 }] },
      ...data,
    },
  });
}

/** The settings row (one per test database): its default plan and fee settings. */
export async function feeSettings(data: Partial<Prisma.MarketplaceSettingsUncheckedCreateInput> = {}) {
  const defaultPlanId = data.defaultPlanId ?? (await feePlan()).id;
  const values = {
    paymentFeeBps: 150,
    paymentFeeFixedAmount: 25,
    paymentFeePassedOn: false,
    feesVatBps: 0,
    ambassadorsEnabled: true,
    ambassadorShareBps: 700,
    ...data,
    defaultPlanId,
  };
  await getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: values });
}

/** An ambassador (a shopper who joined the programme) with a fresh code. */
export async function ambassador() {
  const user = await createUser("SHOPPER");
  const row = await getDb().ambassador.create({
    data: {
      userId: user.id,
      code: `AMB${unique()
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, "")}`.slice(0, 12),
    },
  });
  return { user, id: row.id, code: row.code };
}

/**
 * Places an order for one shop's products through placeOrder (a guest unless `shopper`), with
 * `delivery` (click & collect by default; POSTAL is 6,90 € for products of the shop's parcel class).
 */
export async function placeFor(
  shop: Awaited<ReturnType<typeof lyonShop>>,
  lines: { productId: string; quantity: number; priceAmount: number }[],
  options: { shopper?: Actor | null; ambassadorCode?: unknown; delivery?: DeliveryMethod; email?: string } = {},
) {
  const delivery = options.delivery ?? "CLICK_AND_COLLECT";
  const cart = await cartWith(
    {
      lines: lines.map(({ productId, quantity }) => ({ productId, quantity })),
      choices: [{ shopId: shop.shop.id, deliveryMethod: delivery }],
    },
    options.shopper?.id,
  );
  const items = lines.reduce((sum, line) => sum + line.priceAmount * line.quantity, 0);
  const total = items + (delivery === "POSTAL" ? 690 : 0);
  const placed = await placeOrder(options.shopper ?? null, {
    ...checkoutForm(total, options.email ? { contact: { name: "Camille", email: options.email } } : {}),
    guestToken: options.shopper ? undefined : cart.guestToken,
    ambassadorCode: options.ambassadorCode,
  });
  return placed.orderId;
}

/** Pays a placed order through the test provider, as the payment page would. */
export async function payPlacedOrder(orderId: string) {
  await startOrderPayment(orderId);
  const order = await getDb().order.findUniqueOrThrow({ where: { id: orderId } });
  const outcome = await confirmOrderPayment({
    orderId,
    provider: "test",
    reference: order.paymentReference!,
    amountReceived: order.totalAmount,
    currency: order.currency,
  });
  expect(outcome.status).toBe("confirmed");
}

export const partOf = (orderId: string) =>
  getDb().shopOrder.findFirstOrThrow({ where: { orderId }, include: { lines: { orderBy: { lineAmount: "desc" } } } });

export const ledgerOf = async (shopOrderId: string) =>
  getDb().ledgerEntry.findMany({ where: { shopOrderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

export const sumOf = (entries: { amount: number }[]) => entries.reduce((sum, entry) => sum + entry.amount, 0);
export const sumOfType = (entries: { type: string; amount: number }[], type: string) =>
  sumOf(entries.filter((entry) => entry.type === type));

export const ambassadorEntriesOf = (shopOrderId: string) =>
  getDb().ambassadorEntry.findMany({ where: { shopOrderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
