// The deadline job (docs/domain.md, deadlines): expiry, the vendor's reminder, the late flag and
// auto-confirmation, each once, on a clock the tests move (never the real one).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { ORDER_DEADLINES_QUEUE, startJobRunner } from "@/lib/jobs/job-runner";
import { runOrderDeadlines } from "@/lib/orders/run-order-deadlines";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import {
  at,
  emailsTo,
  HOUR_MS,
  markAccepted,
  markDelivered,
  marketplaceSettings,
  paidOrder,
  parkAllParts,
  partRecord,
} from "./deadline-fixtures";
import { createUser, twoShops, type Shops } from "./order-fixtures";

/**
 * Makes the database itself refuse any change to one shop order (a trigger raising an error), as a
 * broken row would: the real transition fails on it, nothing of ours is replaced. Returns the undo.
 */
async function breakPart(id: string): Promise<() => Promise<void>> {
  const db = getDb();
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_refuse_shop_order() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'this part is broken'; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER test_broken_part BEFORE UPDATE ON "ShopOrder"
    FOR EACH ROW WHEN (OLD.id = '${id.replace(/'/g, "''")}') EXECUTE FUNCTION test_refuse_shop_order()`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_broken_part ON "ShopOrder"`);
  };
}

let shops: Shops;
let operators: Actor[];
const MINUTE_MS = 60_000;
const DAY_MS = 24 * HOUR_MS;
// Tuesday 10 March 2026, 10:00 in Paris: two business days later is Thursday 10:00.
const TUESDAY_MORNING = new Date("2026-03-10T09:00:00Z");

const stockOf = async (id: string) => (await getDb().product.findUniqueOrThrow({ where: { id } })).stock;
// A vendor is written to at the shop's public address, else the owner's: either counts.
const vendorEmail = (shop: { email: string | null }, owner: Actor) =>
  shop.email ? [shop.email, owner.email] : [owner.email];

beforeAll(async () => {
  await marketplaceSettings();
  shops = await twoShops();
  operators = [await createUser("OPERATOR", "Sophie Opé"), await createUser("OPERATOR", "Paul Opé")];
});

// Each test sees only its own parts, whatever clock the previous one used.
afterEach(parkAllParts);

describe("runOrderDeadlines: acceptance", () => {
  it("does nothing before a deadline: an hour after payment", async () => {
    const { bakeryPart, potteryPart } = await paidOrder(shops, TUESDAY_MORNING);
    const report = await runOrderDeadlines(at(TUESDAY_MORNING, HOUR_MS));
    expect(report).toEqual({ expired: 0, reminded: 0, flaggedLate: 0, autoConfirmed: 0 });
    for (const part of [bakeryPart, potteryPart]) {
      const record = await partRecord(part.id);
      expect(record.status).toBe("AWAITING_ACCEPTANCE");
      expect(record.events).toEqual([]);
      expect(record.acceptanceRemindedAt).toBeNull();
    }
  });

  it("reminds the vendor once, halfway to the deadline, even when run twice", async () => {
    const { order, bakeryPart, potteryPart, remindAt, acceptBy } = await paidOrder(shops, TUESDAY_MORNING);
    const bakeryTo = vendorEmail(shops.bakery, shops.bakerVendor);
    const potteryTo = vendorEmail(shops.pottery, shops.potterVendor);

    // A minute before halfway: nothing yet.
    expect((await runOrderDeadlines(at(remindAt, -MINUTE_MS))).reminded).toBe(0);
    expect(await emailsTo(bakeryTo, "order.acceptance-reminder")).toBe(0);

    const halfway = at(remindAt, MINUTE_MS);
    expect((await runOrderDeadlines(halfway)).reminded).toBe(2);
    expect((await runOrderDeadlines(at(halfway, 10 * MINUTE_MS))).reminded).toBe(0);

    for (const part of [bakeryPart, potteryPart]) {
      const record = await partRecord(part.id);
      expect(record.status).toBe("AWAITING_ACCEPTANCE");
      expect(record.acceptanceRemindedAt).toEqual(halfway);
      expect(record.count("REMINDED")).toBe(1);
      expect(record.events[0]).toMatchObject({ action: "REMINDED", actorKind: "JOB" });
    }
    expect(await emailsTo(bakeryTo, "order.acceptance-reminder")).toBe(1);
    expect(await emailsTo(potteryTo, "order.acceptance-reminder")).toBe(1);
    const email = await getDb().emailMessage.findFirstOrThrow({
      where: { to: { in: bakeryTo }, template: "order.acceptance-reminder" },
    });
    expect(email.subject).toContain(order.number);
    expect(email.text).toContain(`/dashboard/orders/${bakeryPart.id}`);
    expect(email.text).toContain("jeudi 12 mars 2026"); // acceptBy, in Paris
    expect(acceptBy).toEqual(new Date("2026-03-12T09:00:00Z"));
  });

  it("expires a part past its deadline: refund PENDING, stock back, shopper and vendor e-mailed", async () => {
    const shopper = await createUser("SHOPPER", "Marc Petit");
    const { bakeryPart, potteryPart, acceptBy } = await paidOrder(shops, TUESDAY_MORNING, shopper);
    const breadBefore = await stockOf(shops.bread.id);
    const bowlBefore = await stockOf(shops.bowl.id);

    const report = await runOrderDeadlines(acceptBy);
    expect(report.expired).toBe(2);
    expect(report.reminded).toBe(0); // past both: expired, not reminded

    const bakery = await partRecord(bakeryPart.id);
    expect(bakery.status).toBe("EXPIRED");
    expect(bakery.events).toEqual([
      { action: "EXPIRE", actorKind: "JOB", fromStatus: "AWAITING_ACCEPTANCE", toStatus: "EXPIRED" },
    ]);
    expect(bakery.refunds).toEqual([{ amount: 900, status: "PENDING" }]);
    const pottery = await partRecord(potteryPart.id);
    expect(pottery.refunds).toEqual([{ amount: 2800 + 690, status: "PENDING" }]);
    expect(await stockOf(shops.bread.id)).toBe(breadBefore + 2);
    expect(await stockOf(shops.bowl.id)).toBe(bowlBefore + 1);
    expect(await emailsTo(shopper.email, "order.expired")).toBeGreaterThanOrEqual(1);
    expect(await emailsTo(vendorEmail(shops.bakery, shops.bakerVendor), "order.expired")).toBe(1);
    expect(await emailsTo(vendorEmail(shops.pottery, shops.potterVendor), "order.expired")).toBe(1);
    // The refund's ledger entries offset the sale.
    const refundEntries = await getDb().ledgerEntry.findMany({ where: { shopOrderId: bakeryPart.id, type: "REFUND" } });
    expect(refundEntries.map((entry) => entry.amount)).toEqual([-900]);

    // Run again later: nothing more.
    expect(await runOrderDeadlines(at(acceptBy, DAY_MS))).toEqual({
      expired: 0,
      reminded: 0,
      flaggedLate: 0,
      autoConfirmed: 0,
    });
    expect((await partRecord(bakeryPart.id)).refunds).toHaveLength(1);
    expect(await stockOf(shops.bread.id)).toBe(breadBefore + 2);
  });

  it("leaves alone a part the vendor accepted before the run", async () => {
    const { bakeryPart, potteryPart, acceptBy } = await paidOrder(shops, TUESDAY_MORNING);
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: bakeryPart.id, action: "ACCEPT" });
    const report = await runOrderDeadlines(at(acceptBy, HOUR_MS));
    expect(report.expired).toBe(1);
    const accepted = await partRecord(bakeryPart.id);
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.count("EXPIRE")).toBe(0);
    expect(accepted.refunds).toEqual([]);
    expect((await partRecord(potteryPart.id)).status).toBe("EXPIRED");
  });

  it("counts business days: paid on a Friday afternoon, still open on Monday morning", async () => {
    // Friday 13 March 2026, 15:00 in Paris → due Tuesday 17 March, 15:00 (the weekend does not count).
    const fridayAfternoon = new Date("2026-03-13T14:00:00Z");
    const { bakeryPart, acceptBy } = await paidOrder(shops, fridayAfternoon);
    expect(acceptBy).toEqual(new Date("2026-03-17T14:00:00Z"));
    const mondayMorning = new Date("2026-03-16T08:00:00Z");
    const report = await runOrderDeadlines(mondayMorning);
    expect(report.expired).toBe(0);
    expect((await partRecord(bakeryPart.id)).status).toBe("AWAITING_ACCEPTANCE");
    // Halfway (Sunday 15:00) is past: the vendor has had the reminder.
    expect(report.reminded).toBe(2);
    // A minute before Tuesday 15:00 it is still open; at 15:00 it expires.
    expect((await runOrderDeadlines(at(acceptBy, -MINUTE_MS))).expired).toBe(0);
    expect((await runOrderDeadlines(acceptBy)).expired).toBe(2);
  });
});

describe("runOrderDeadlines: a part that fails", () => {
  it("is logged and passed over: the others are handled, and it is tried again at the next run", async () => {
    const first = await paidOrder(shops, TUESDAY_MORNING);
    const second = await paidOrder(shops, TUESDAY_MORNING);
    const repair = await breakPart(first.potteryPart.id);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const report = await runOrderDeadlines(at(first.acceptBy, HOUR_MS), { batchSize: 1 });
      expect(report.expired).toBe(3);
      expect(logged).toHaveBeenCalledWith(
        expect.stringContaining(`expired failed for shop order ${first.potteryPart.id}`),
        expect.any(Error),
      );
    } finally {
      logged.mockRestore();
      await repair();
    }
    expect((await partRecord(first.potteryPart.id)).status).toBe("AWAITING_ACCEPTANCE");
    for (const part of [first.bakeryPart, second.bakeryPart, second.potteryPart])
      expect((await partRecord(part.id)).status).toBe("EXPIRED");

    expect((await runOrderDeadlines(at(first.acceptBy, 2 * HOUR_MS))).expired).toBe(1);
    expect((await partRecord(first.potteryPart.id)).status).toBe("EXPIRED");
  });
});

describe("runOrderDeadlines: shipping and confirmation", () => {
  it("flags a part still not sent past shipBy once, and tells the vendor and every operator", async () => {
    const { bakeryPart, potteryPart } = await paidOrder(shops, TUESDAY_MORNING);
    const acceptedAt = at(TUESDAY_MORNING, 2 * HOUR_MS);
    const { shipBy } = await markAccepted(potteryPart.id, acceptedAt);
    await markAccepted(bakeryPart.id, acceptedAt);
    await getDb().shopOrder.update({ where: { id: bakeryPart.id }, data: { status: "READY_FOR_PICKUP" } });
    const potteryTo = vendorEmail(shops.pottery, shops.potterVendor);

    expect((await runOrderDeadlines(at(shipBy, -MINUTE_MS))).flaggedLate).toBe(0);
    expect((await runOrderDeadlines(at(shipBy, HOUR_MS))).flaggedLate).toBe(1);
    expect((await runOrderDeadlines(at(shipBy, DAY_MS))).flaggedLate).toBe(0);

    const late = await partRecord(potteryPart.id);
    expect(late.status).toBe("ACCEPTED");
    expect(late.lateFlaggedAt).toEqual(at(shipBy, HOUR_MS));
    expect(late.count("FLAGGED_LATE")).toBe(1);
    expect(await emailsTo(potteryTo, "order.shipping-late")).toBe(1);
    for (const operator of operators) expect(await emailsTo(operator.email, "order.shipping-late-operator")).toBe(1);
    // Ready for pickup in time: not late.
    expect((await partRecord(bakeryPart.id)).lateFlaggedAt).toBeNull();
  });

  it("confirms a delivered part automatically after autoConfirmDays, once", async () => {
    const { bakeryPart } = await paidOrder(shops, TUESDAY_MORNING);
    const deliveredAt = at(TUESDAY_MORNING, DAY_MS);
    const { autoConfirmAt } = await markDelivered(bakeryPart.id, deliveredAt);
    expect(autoConfirmAt).toEqual(at(deliveredAt, 7 * DAY_MS));

    expect((await runOrderDeadlines(at(deliveredAt, 6 * DAY_MS))).autoConfirmed).toBe(0);
    expect((await runOrderDeadlines(at(autoConfirmAt, MINUTE_MS))).autoConfirmed).toBe(1);
    expect((await runOrderDeadlines(at(autoConfirmAt, DAY_MS))).autoConfirmed).toBe(0);
    const record = await partRecord(bakeryPart.id);
    expect(record.status).toBe("CONFIRMED");
    expect(record.events).toEqual([
      { action: "AUTO_CONFIRM", actorKind: "JOB", fromStatus: "DELIVERED", toStatus: "CONFIRMED" },
    ]);
    expect(record.refunds).toEqual([]);
  });
});

describe("runOrderDeadlines: two workers at once", () => {
  it("acts on each due part exactly once: events, refunds and e-mails", async () => {
    // Friday 20 March 2026, 13:00 in Paris. Per round: an order paid Monday (both parts past
    // acceptBy: expire) and one paid Wednesday afternoon (the bakery's part past halfway: remind;
    // the pottery's part accepted and late, or delivered and past auto-confirm).
    const now = new Date("2026-03-20T12:00:00Z");
    const expiring: string[] = [];
    const reminding: string[] = [];
    const lateParts: string[] = [];
    const confirmParts: string[] = [];
    for (let round = 0; round < 8; round++) {
      const early = await paidOrder(shops, new Date("2026-03-16T09:00:00Z"));
      expiring.push(early.bakeryPart.id, early.potteryPart.id);
      const recent = await paidOrder(shops, new Date("2026-03-18T13:00:00Z"));
      reminding.push(recent.bakeryPart.id);
      if (round < 4) {
        await markAccepted(recent.potteryPart.id, new Date("2026-03-16T09:00:00Z"));
        lateParts.push(recent.potteryPart.id);
      } else {
        await markDelivered(recent.potteryPart.id, new Date("2026-03-12T09:00:00Z"));
        confirmParts.push(recent.potteryPart.id);
      }
    }
    const bakeryTo = vendorEmail(shops.bakery, shops.bakerVendor);
    const potteryTo = vendorEmail(shops.pottery, shops.potterVendor);
    const mailbox = async () => ({
      bakeryExpired: await emailsTo(bakeryTo, "order.expired"),
      bakeryReminders: await emailsTo(bakeryTo, "order.acceptance-reminder"),
      potteryExpired: await emailsTo(potteryTo, "order.expired"),
      potteryLate: await emailsTo(potteryTo, "order.shipping-late"),
      operators: await Promise.all(operators.map((operator) => emailsTo(operator.email, "order.shipping-late"))),
    });
    const before = await mailbox();
    const refundsBefore = await getDb().refund.count();

    const [first, second] = await Promise.all([
      runOrderDeadlines(now, { batchSize: 3 }),
      runOrderDeadlines(now, { batchSize: 3 }),
    ]);
    const sum = (key: keyof typeof first) => first[key] + second[key];
    expect(sum("expired")).toBe(16);
    expect(sum("reminded")).toBe(8);
    expect(sum("flaggedLate")).toBe(4);
    expect(sum("autoConfirmed")).toBe(4);

    for (const id of expiring) {
      const record = await partRecord(id);
      expect(record.status).toBe("EXPIRED");
      expect(record.count("EXPIRE")).toBe(1);
      expect(record.refunds).toHaveLength(1);
    }
    for (const id of reminding) expect((await partRecord(id)).count("REMINDED")).toBe(1);
    for (const id of lateParts) expect((await partRecord(id)).count("FLAGGED_LATE")).toBe(1);
    for (const id of confirmParts) expect((await partRecord(id)).count("AUTO_CONFIRM")).toBe(1);
    expect((await getDb().refund.count()) - refundsBefore).toBe(16);

    const after = await mailbox();
    expect(after.bakeryExpired - before.bakeryExpired).toBe(8);
    expect(after.bakeryReminders - before.bakeryReminders).toBe(8);
    expect(after.potteryExpired - before.potteryExpired).toBe(8);
    expect(after.potteryLate - before.potteryLate).toBe(4);
    expect(after.operators.map((count, i) => count - before.operators[i])).toEqual([4, 4]);
  });
});

describe("the job runner", () => {
  it("schedules order-deadlines every minute", async () => {
    const runner = await startJobRunner(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5 });
    try {
      const schedules = await getDb().$queryRaw<
        { name: string; cron: string }[]
      >`SELECT name, cron FROM pgboss.schedule`;
      expect(schedules).toContainEqual(expect.objectContaining({ name: ORDER_DEADLINES_QUEUE, cron: "* * * * *" }));
      const queue = await getDb().$queryRaw<
        { policy: string }[]
      >`SELECT policy FROM pgboss.queue WHERE name = ${ORDER_DEADLINES_QUEUE}`;
      expect(queue).toEqual([{ policy: "singleton" }]);
    } finally {
      await runner.stop();
    }
  });
});
