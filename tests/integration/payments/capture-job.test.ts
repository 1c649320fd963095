// The capture's trigger (docs/domain.md, capture; docs/architecture.md, jobs): the answer of a part
// of an authorized order writes a `captures` job in its own transaction, and a real job runner
// (pg-boss on this test's database) captures the order once every part is answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { CAPTURES_QUEUE } from "@/lib/payments/request-capture";
import { waitFor } from "../../support/wait-for";
import { placedOrder, twoShops } from "../orders/order-fixtures";
import { confirmTestPayment } from "./payment-fixtures";

let runner: JobRunner | undefined;
const db = () => getDb();

beforeAll(async () => {
  process.env.APP_URL = "https://halle.test";
  runner = await startJobRunner(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await runner?.stop();
});

const jobsFor = async (orderId: string) =>
  (
    await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS "count" FROM pgboss.job WHERE "name" = ${CAPTURES_QUEUE} AND "data"->>'orderId' = ${orderId}`
  )[0].count;

describe("the captures job", () => {
  it("is asked for by each answer of an authorized order's part, and captures once all are answered", async () => {
    const shops = await twoShops();
    const placed = await placedOrder(shops);
    await db().order.update({ where: { id: placed.order.id }, data: { captureMode: "ON_ACCEPTANCE" } });
    await confirmTestPayment(placed.order);
    const [bakeryPart, potteryPart] = placed.order.shopOrders;
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: bakeryPart.id, action: "ACCEPT" });
    expect(await jobsFor(placed.order.id)).toBe(1n);
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: potteryPart.id,
      action: "REFUSE",
      reason: "Plus en stock",
    });
    expect(await jobsFor(placed.order.id)).toBe(2n);

    const captured = await waitFor(
      async () => (await db().order.findUniqueOrThrow({ where: { id: placed.order.id } })).capturedAt !== null,
    );
    expect(captured).toBe(true);
    expect((await db().order.findUniqueOrThrow({ where: { id: placed.order.id } })).capturedAmount).toBe(
      bakeryPart.itemsAmount + bakeryPart.deliveryFeeAmount,
    );
    expect(await db().auditLog.count({ where: { entityId: placed.order.id, action: "payment.captured" } })).toBe(1);
  });

  it("is not asked for by a charge-at-checkout order", async () => {
    const shops = await twoShops();
    const placed = await placedOrder(shops);
    await confirmTestPayment(placed.order);
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: placed.order.shopOrders[0].id, action: "ACCEPT" });
    expect(await jobsFor(placed.order.id)).toBe(0n);
  });
});
