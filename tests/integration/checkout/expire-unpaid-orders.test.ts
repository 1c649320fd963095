import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { placeOrder } from "@/lib/orders/place-order";
import { ORDER_EXPIRY_QUEUE, startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { cartWith, checkoutForm, lyonShop, marketplace, product } from "./place-order-fixtures";
import { STOCK_HOLD_MINUTES } from "@/lib/config/payment-window";

let runner: JobRunner | undefined;

beforeAll(async () => {
  await marketplace();
});

afterAll(async () => {
  await runner?.stop();
});

async function placedOrder(quantity: number) {
  const { shop } = await lyonShop();
  const item = await product(shop.id, { priceAmount: 800, stock: 5 });
  const cart = await cartWith({
    lines: [{ productId: item.id, quantity }],
    choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
  });
  const placed = await placeOrder(null, { ...checkoutForm(800 * quantity), guestToken: cart.guestToken });
  return { item, placed };
}

const stockOf = async (id: string) => (await getDb().product.findUniqueOrThrow({ where: { id } })).stock;
// One minute past the stock hold (docs/security.md: the hold and the Checkout session are one window).
const pastTheHold = () => new Date(Date.now() + (STOCK_HOLD_MINUTES + 1) * 60_000);

describe("expireUnpaidOrders", () => {
  it("releases orders unpaid past their hold: the stock comes back, the order goes", async () => {
    const { item, placed } = await placedOrder(2);
    expect(await stockOf(item.id)).toBe(3);

    // Still within the hold: nothing happens.
    expect(await expireUnpaidOrders(new Date())).toBe(0);
    expect(await getDb().order.count({ where: { id: placed.orderId } })).toBe(1);

    expect(await expireUnpaidOrders(pastTheHold())).toBeGreaterThanOrEqual(1);
    expect(await stockOf(item.id)).toBe(5);
    expect(await getDb().order.count({ where: { id: placed.orderId } })).toBe(0);
    expect(await getDb().shopOrder.count({ where: { orderId: placed.orderId } })).toBe(0);
    expect(
      await getDb().auditLog.count({
        where: { entityId: placed.orderId, action: "order.released", reason: "EXPIRED" },
      }),
    ).toBe(1);

    // Run again: nothing more is given back.
    await expireUnpaidOrders(pastTheHold());
    expect(await stockOf(item.id)).toBe(5);
  });

  it("an order paid meanwhile is not released", async () => {
    const { item, placed } = await placedOrder(1);
    await getDb().order.update({ where: { id: placed.orderId }, data: { status: "PAID", paidAt: new Date() } });
    await expireUnpaidOrders(pastTheHold());
    expect(await getDb().order.count({ where: { id: placed.orderId } })).toBe(1);
    expect(await stockOf(item.id)).toBe(4);
  });

  it("is scheduled every minute by the job runner", async () => {
    runner = await startJobRunner(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5 });
    const schedules = await getDb().$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule`;
    expect(schedules).toContainEqual(expect.objectContaining({ name: ORDER_EXPIRY_QUEUE, cron: "* * * * *" }));
  });
});
