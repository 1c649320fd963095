// Several job runners on one database (docs/architecture.md, Jobs): two `startJobRunner` started
// at once on the same PostgreSQL, as two workers (or a worker and a web process) run them. Every
// e-mail is delivered once over a real SMTP server (smtp-server on loopback), each unpaid order
// past its hold gives its stock back once, each schedule fires once a minute whatever the number
// of runners, and the start-up quality run is asked for once.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  EMAIL_DELIVERY_QUEUE,
  ORDER_EXPIRY_QUEUE,
  SHOP_QUALITY_QUEUE,
  startJobRunner,
  type JobRunner,
} from "@/lib/jobs/job-runner";
import { queueEmail } from "@/lib/notifications/queue-email";
import { placeOrder } from "@/lib/orders/place-order";
import { cartWith, checkoutForm, lyonShop, marketplace, product } from "../checkout/place-order-fixtures";
import { waitFor } from "../../support/wait-for";

const SEND_IT_QUEUE = "__pgboss__send-it";
let runners: JobRunner[] = [];
let server: SMTPServer;
/** Every recipient the SMTP server accepted a message for, once per message. */
const delivered: string[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      stream.on("end", () => {
        delivered.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
        // A little slow, so that delivery runs last while the other runner asks for more.
        setTimeout(callback, 20);
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  await marketplace();
  runners = await Promise.all(
    [0, 1].map(() => startJobRunner(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5 })),
  );
});

afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop()));
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Asks each runner in turn for a run of `queue`, `times` times in all. */
async function askBoth(queue: string, times: number) {
  for (let index = 0; index < times; index += 1) await runners[index % 2].boss.send(queue, { asked: index });
}

/** The jobs of `queue`: all, those not finished, or those the schedule made (not asked by askBoth). */
async function jobsOf(queue: string, which: "all" | "unfinished" | "scheduled" = "all") {
  const rows = await getDb().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM pgboss.job
    WHERE name = ${queue}
      AND (${which} <> 'unfinished' OR state NOT IN ('completed', 'failed', 'cancelled'))
      AND (${which} <> 'scheduled' OR NOT COALESCE(data ? 'asked', false))`;
  return Number(rows[0].count);
}

describe("two job runners on one database", () => {
  it("deliver every queued e-mail exactly once over SMTP", async () => {
    const recipients = Array.from({ length: 24 }, (_, index) => `client${index}@example.test`);
    const ids: string[] = [];
    for (const to of recipients) {
      const { id } = await queueEmail(getDb(), {
        to,
        locale: "fr",
        template: "seller.suspended",
        data: { vendorName: "Léa", shopName: "Fournil", reason: "Plaintes" },
      });
      ids.push(id);
    }
    await askBoth(EMAIL_DELIVERY_QUEUE, 8);

    const sent = await waitFor(
      async () => (await getDb().emailMessage.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length,
    );
    expect(sent).toBe(true);
    expect(await waitFor(async () => (await jobsOf(EMAIL_DELIVERY_QUEUE, "unfinished")) === 0)).toBe(true);
    expect([...delivered].sort()).toEqual([...recipients].sort());
    const rows = await getDb().emailMessage.findMany({ where: { id: { in: ids } }, select: { attempts: true } });
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
  });

  it("give back the stock of each unpaid order past its hold once", async () => {
    const { shop } = await lyonShop();
    const orders: { orderId: string; productId: string }[] = [];
    for (let index = 0; index < 4; index += 1) {
      const item = await product(shop.id, { priceAmount: 800, stock: 5 });
      const cart = await cartWith({
        lines: [{ productId: item.id, quantity: 2 }],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      });
      const placed = await placeOrder(null, { ...checkoutForm(1600), guestToken: cart.guestToken });
      orders.push({ orderId: placed.orderId, productId: item.id });
    }
    const orderIds = orders.map((order) => order.orderId);
    const productIds = orders.map((order) => order.productId);
    expect((await getDb().product.findMany({ where: { id: { in: productIds } } })).map((p) => p.stock)).toEqual([
      3, 3, 3, 3,
    ]);
    // Their hold ended a minute ago.
    await getDb().order.updateMany({
      where: { id: { in: orderIds } },
      data: { stockReservedUntil: new Date(Date.now() - 60_000) },
    });

    await askBoth(ORDER_EXPIRY_QUEUE, 6);
    expect(await waitFor(async () => (await getDb().order.count({ where: { id: { in: orderIds } } })) === 0)).toBe(
      true,
    );
    expect(await waitFor(async () => (await jobsOf(ORDER_EXPIRY_QUEUE, "unfinished")) === 0)).toBe(true);

    const stocks = await getDb().product.findMany({ where: { id: { in: productIds } }, select: { stock: true } });
    expect(stocks.map((p) => p.stock)).toEqual([5, 5, 5, 5]);
    const releases = await getDb().auditLog.groupBy({
      by: ["entityId"],
      where: { entityId: { in: orderIds }, action: "order.released" },
      _count: true,
    });
    expect(releases.map((row) => row._count)).toEqual([1, 1, 1, 1]);
  });

  it("keep one schedule per queue, fire each once a minute and ask for one start-up quality run", async () => {
    const schedules = await getDb().$queryRaw<{ name: string; count: bigint }[]>`
      SELECT name, count(*) FROM pgboss.schedule GROUP BY name`;
    expect(schedules.map((row) => row.name)).toContain(ORDER_EXPIRY_QUEUE);
    expect(schedules.every((row) => Number(row.count) === 1)).toBe(true);

    // Both runners watch the schedules; a schedule due is sent once per minute all the same.
    // pg-boss looks at the schedules every 30 s, the first time while the runners are still
    // declaring them (that firing may hold only the first queues): wait for the expiry's own.
    const expiryFired = async () => {
      const rows = await getDb().$queryRaw<{ count: bigint }[]>`
        SELECT count(*) FROM pgboss.job WHERE name = ${SEND_IT_QUEUE} AND singleton_key = ${ORDER_EXPIRY_QUEUE}`;
      return Number(rows[0].count) > 0;
    };
    expect(await waitFor(expiryFired, 75)).toBe(true);
    const firings = await getDb().$queryRaw<{ schedule: string; count: bigint }[]>`
      SELECT singleton_key AS schedule, count(*) FROM pgboss.job
      WHERE name = ${SEND_IT_QUEUE} GROUP BY singleton_key, singleton_on`;
    expect(firings.length).toBeGreaterThan(0);
    expect(firings.every((row) => Number(row.count) === 1)).toBe(true);
    const expiryFirings = firings.filter((row) => row.schedule === ORDER_EXPIRY_QUEUE).length;
    expect(expiryFirings).toBeGreaterThan(0);
    expect(await waitFor(async () => (await jobsOf(ORDER_EXPIRY_QUEUE, "scheduled")) === expiryFirings)).toBe(true);

    // Two runners started together: one start-up run of the quality job (plus the schedule's, if
    // the test happens to run at minute 17).
    const scheduled = firings.filter((row) => row.schedule === SHOP_QUALITY_QUEUE).length;
    expect(await jobsOf(SHOP_QUALITY_QUEUE)).toBe(1 + scheduled);
  }, 120_000);
});
