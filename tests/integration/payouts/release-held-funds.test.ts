import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { HoldRule, ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { holdOf } from "@/lib/payouts/hold";
import { releaseHeldFunds, releaseUnchangedParts } from "@/lib/payouts/release-held-funds";
import {
  ambassadorShare,
  at,
  availabilityOf,
  daysAfter,
  entriesOf,
  paidPart,
  payoutAmbassador,
  payoutSettings,
  payoutShop,
  refundPart,
  setPart,
} from "./payout-fixtures";

// docs/payouts.md, holds: the release pass makes a part's money available once its hold has ended —
// N days after delivery, at the shopper's confirmation, or both — never while a return is open; a
// business buyer has no withdrawal period; a closed part is released at once; a refund written after
// the release becomes available when written, at the next pass.

const PAID = at("2026-11-02T10:00:00+01:00");
const DELIVERED = at("2026-11-04T15:30:00+01:00");
const MS = 1;

async function partOf(id: string) {
  return getDb().shopOrder.findUniqueOrThrow({ where: { id }, select: { fundsAvailableAt: true, status: true } });
}

async function heldEverywhere(partId: string) {
  expect((await partOf(partId)).fundsAvailableAt).toBeNull();
  expect(await availabilityOf(partId)).toEqual(expect.arrayContaining([null]));
  expect((await availabilityOf(partId)).every((when) => when === null)).toBe(true);
}

async function releasedAt(partId: string, when: Date) {
  expect((await partOf(partId)).fundsAvailableAt).toEqual(when);
  const availability = await availabilityOf(partId);
  expect(availability.length).toBeGreaterThan(0);
  for (const availableAt of availability) expect(availableAt).toEqual(when);
}

async function rule(holdRule: HoldRule) {
  await payoutSettings({ holdRule, withdrawalDays: 14 });
}

describe("after delivery and the withdrawal period (14 days)", () => {
  beforeEach(() => rule("AFTER_DELIVERY_WITHDRAWAL"));

  it("holds a delivered part until 14 days after delivery, then releases it then", async () => {
    const { shop } = await payoutShop();
    const { part } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED, feesVatAmount: 200 });
    const end = daysAfter(DELIVERED, 14);

    await releaseHeldFunds(PAID);
    await releaseHeldFunds(daysAfter(DELIVERED, 7));
    await releaseHeldFunds(new Date(end.getTime() - MS));
    await heldEverywhere(part.id);

    const report = await releaseHeldFunds(end);
    expect(report.parts).toBeGreaterThanOrEqual(1);
    expect(report.entries).toBeGreaterThanOrEqual(3);
    await releasedAt(part.id, end);
  });

  it("releases a part confirmed early only when the withdrawal period ends", async () => {
    const { shop } = await payoutShop();
    const { part } = await paidPart(shop.id, {
      status: "CONFIRMED",
      paidAt: PAID,
      deliveredAt: DELIVERED,
      statusChangedAt: daysAfter(DELIVERED, 1),
    });
    await releaseHeldFunds(daysAfter(DELIVERED, 2));
    await heldEverywhere(part.id);
    await releaseHeldFunds(daysAfter(DELIVERED, 20));
    await releasedAt(part.id, daysAfter(DELIVERED, 14));
  });

  it("has no withdrawal period for a business buyer: released from delivery", async () => {
    const { shop } = await payoutShop();
    const { part } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED, buyerIsBusiness: true });
    await releaseHeldFunds(new Date(DELIVERED.getTime() - MS));
    await heldEverywhere(part.id);
    await releaseHeldFunds(daysAfter(DELIVERED, 0.01));
    await releasedAt(part.id, DELIVERED);
  });

  it("never releases a part still on its way", async () => {
    const { shop } = await payoutShop();
    const statuses: ShopOrderStatus[] = ["AWAITING_ACCEPTANCE", "ACCEPTED", "SHIPPED", "READY_FOR_PICKUP"];
    const parts = await Promise.all(statuses.map((status) => paidPart(shop.id, { status, paidAt: PAID })));
    await releaseHeldFunds(daysAfter(PAID, 400));
    for (const { part } of parts) await heldEverywhere(part.id);
  });
});

describe("after the shopper's confirmation", () => {
  beforeEach(() => rule("AFTER_SHOPPER_CONFIRMATION"));

  it("holds a delivered part however long until it is confirmed, then releases it from the confirmation", async () => {
    const { shop } = await payoutShop();
    const { part } = await paidPart(shop.id, {
      paidAt: PAID,
      deliveredAt: DELIVERED,
      autoConfirmAt: daysAfter(DELIVERED, 7),
    });
    await releaseHeldFunds(daysAfter(DELIVERED, 60));
    await heldEverywhere(part.id);

    const confirmed = daysAfter(DELIVERED, 61);
    await setPart(part.id, "CONFIRMED", { statusChangedAt: confirmed });
    await releaseHeldFunds(new Date(confirmed.getTime() - MS));
    await heldEverywhere(part.id);
    await releaseHeldFunds(daysAfter(confirmed, 0.5));
    await releasedAt(part.id, confirmed);
  });

  it("releases a business buyer's part at its confirmation too (no withdrawal, but confirmation awaited)", async () => {
    const { shop } = await payoutShop();
    const confirmed = daysAfter(DELIVERED, 2);
    const delivered = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED, buyerIsBusiness: true });
    const done = await paidPart(shop.id, {
      status: "CONFIRMED",
      paidAt: PAID,
      deliveredAt: DELIVERED,
      statusChangedAt: confirmed,
      buyerIsBusiness: true,
    });
    await releaseHeldFunds(daysAfter(DELIVERED, 3));
    await heldEverywhere(delivered.part.id);
    await releasedAt(done.part.id, confirmed);
  });
});

describe("after confirmation and the withdrawal period", () => {
  beforeEach(() => rule("AFTER_CONFIRMATION_AND_WITHDRAWAL"));

  it("releases at the later of the two", async () => {
    const { shop } = await payoutShop();
    const early = await paidPart(shop.id, {
      status: "CONFIRMED",
      paidAt: PAID,
      deliveredAt: DELIVERED,
      statusChangedAt: daysAfter(DELIVERED, 2),
    });
    const late = await paidPart(shop.id, {
      status: "CONFIRMED",
      paidAt: PAID,
      deliveredAt: DELIVERED,
      statusChangedAt: daysAfter(DELIVERED, 20),
    });
    const unconfirmed = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED });

    await releaseHeldFunds(daysAfter(DELIVERED, 13.9));
    await heldEverywhere(early.part.id);
    await heldEverywhere(late.part.id);

    await releaseHeldFunds(daysAfter(DELIVERED, 14));
    await releasedAt(early.part.id, daysAfter(DELIVERED, 14));
    await heldEverywhere(late.part.id);

    await releaseHeldFunds(daysAfter(DELIVERED, 30));
    await releasedAt(late.part.id, daysAfter(DELIVERED, 20));
    await heldEverywhere(unconfirmed.part.id);
  });
});

describe("an open return", () => {
  beforeEach(() => rule("AFTER_DELIVERY_WITHDRAWAL"));

  it.each<ShopOrderStatus>(["RETURN_REQUESTED", "RETURN_ACCEPTED", "RETURN_REFUSED", "ESCALATED"])(
    "keeps a %s part held, however long ago it was delivered",
    async (status) => {
      const { shop } = await payoutShop();
      const { part } = await paidPart(shop.id, {
        status,
        paidAt: PAID,
        deliveredAt: DELIVERED,
        statusChangedAt: daysAfter(DELIVERED, 3),
        autoConfirmAt: daysAfter(DELIVERED, 10),
      });
      await releaseHeldFunds(daysAfter(DELIVERED, 365));
      await heldEverywhere(part.id);
    },
  );

  it("is not released when it opened after the pass read the part (the write re-checks its state)", async () => {
    const { shop } = await payoutShop();
    const { part } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED });
    const read = { id: part.id, status: part.status, changed: part.statusChangedAt, endsAt: daysAfter(DELIVERED, 14) };
    // The shopper asks for a return between the pass's read and its write.
    await setPart(part.id, "RETURN_REQUESTED", { statusChangedAt: daysAfter(DELIVERED, 13) });
    expect(await releaseUnchangedParts([read])).toEqual([]);
    // The same status again, but a later state (refused, then confirmed…): the stale hold is refused too.
    await setPart(part.id, "DELIVERED", { statusChangedAt: daysAfter(DELIVERED, 13.5) });
    expect(await releaseUnchangedParts([read])).toEqual([]);
    await heldEverywhere(part.id);
  });
});

describe("closed parts", () => {
  beforeEach(() => rule("AFTER_SHOPPER_CONFIRMATION"));

  it.each<ShopOrderStatus>(["REFUSED", "EXPIRED", "CANCELLED", "RETURNED"])(
    "releases a %s part at once, its refund netting the sale to zero",
    async (status) => {
      const { shop } = await payoutShop();
      const closedAt = daysAfter(PAID, 1);
      const { part } = await paidPart(shop.id, { status: "AWAITING_ACCEPTANCE", paidAt: PAID, feesVatAmount: 200 });
      await refundPart(part.id, 10_000, closedAt);
      await setPart(part.id, status, { statusChangedAt: closedAt });

      await releaseHeldFunds(new Date(closedAt.getTime() - MS));
      await heldEverywhere(part.id);
      await releaseHeldFunds(daysAfter(closedAt, 0.001));
      await releasedAt(part.id, closedAt);
      const entries = (await entriesOf(shop.id)).filter((entry) => entry.shopOrderId === part.id);
      expect(entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(0);
    },
  );
});

describe("a refund after the release", () => {
  beforeEach(() => rule("AFTER_DELIVERY_WITHDRAWAL"));

  it("stays held until the next pass, then is available from when it was written", async () => {
    const { shop } = await payoutShop();
    const { part, net } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED, feesVatAmount: 200 });
    const end = daysAfter(DELIVERED, 14);
    await releaseHeldFunds(daysAfter(end, 1));
    await releasedAt(part.id, end);

    const refundedAt = daysAfter(end, 5);
    const refunded = await refundPart(part.id, 4_000, refundedAt);
    expect(refunded).toBe(-4_000 + 400 + 80);
    const late = (await entriesOf(shop.id)).filter((entry) => entry.availableAt === null);
    expect(late.map((entry) => entry.type).sort()).toEqual(["COMMISSION", "FEE_VAT", "REFUND"]);

    await releaseHeldFunds(daysAfter(refundedAt, 0.1));
    const entries = await entriesOf(shop.id);
    for (const entry of entries)
      expect(entry.availableAt).toEqual(late.some((held) => held.id === entry.id) ? refundedAt : end);
    expect(entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(net + refunded);
    // The part keeps the date its hold ended.
    expect((await partOf(part.id)).fundsAvailableAt).toEqual(end);
  });

  it("dates a refund written after the hold ended but before the pass from when it was written", async () => {
    const { shop } = await payoutShop();
    const { part } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED });
    const end = daysAfter(DELIVERED, 14);
    const refundedAt = daysAfter(end, 1);
    await refundPart(part.id, 1_000, refundedAt);
    await releaseHeldFunds(daysAfter(end, 2));
    for (const entry of await entriesOf(shop.id))
      expect(entry.availableAt).toEqual(entry.createdAt.getTime() === refundedAt.getTime() ? refundedAt : end);
    expect((await partOf(part.id)).fundsAvailableAt).toEqual(end);
  });

  it("makes an ambassador's share available with its part, and its reversal when written", async () => {
    const { shop } = await payoutShop();
    const { ambassador } = await payoutAmbassador();
    const { part } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED, ambassadorId: ambassador.id });
    const share = await ambassadorShare(ambassador.id, part.id, 700, PAID);
    const end = daysAfter(DELIVERED, 14);

    await releaseHeldFunds(daysAfter(DELIVERED, 3));
    const held = await getDb().ambassadorEntry.findUniqueOrThrow({ where: { id: share.id } });
    expect(held.availableAt).toBeNull();

    const report = await releaseHeldFunds(end);
    expect(report.ambassadorEntries).toBeGreaterThanOrEqual(1);
    expect((await getDb().ambassadorEntry.findUniqueOrThrow({ where: { id: share.id } })).availableAt).toEqual(end);

    const reversedAt = daysAfter(end, 2);
    const reversal = await ambassadorShare(ambassador.id, part.id, -280, reversedAt);
    await releaseHeldFunds(daysAfter(reversedAt, 1));
    expect((await getDb().ambassadorEntry.findUniqueOrThrow({ where: { id: reversal.id } })).availableAt).toEqual(
      reversedAt,
    );
  });
});

describe("the pass itself", () => {
  beforeEach(() => rule("AFTER_DELIVERY_WITHDRAWAL"));

  it("goes through parts in batches, and a second pass finds nothing more", async () => {
    const { shop } = await payoutShop();
    const parts = [];
    for (let i = 0; i < 7; i += 1) parts.push(await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED }));
    const now = daysAfter(DELIVERED, 15);
    await releaseHeldFunds(now, { batchSize: 2 });
    for (const { part } of parts) await releasedAt(part.id, daysAfter(DELIVERED, 14));
    expect(await releaseHeldFunds(now, { batchSize: 2 })).toEqual({ parts: 0, entries: 0, ambassadorEntries: 0 });
  });

  it("gives the same result when two passes run at once, each part released once", async () => {
    const { shop } = await payoutShop();
    const { ambassador } = await payoutAmbassador();
    const parts = [];
    for (let i = 0; i < 25; i += 1) {
      const paid = await paidPart(shop.id, {
        paidAt: PAID,
        deliveredAt: daysAfter(DELIVERED, i * 0.1),
        ambassadorId: ambassador.id,
      });
      await ambassadorShare(ambassador.id, paid.part.id, 100 + i, PAID);
      parts.push(paid);
    }
    const now = daysAfter(DELIVERED, 40);
    const [first, second] = await Promise.all([
      releaseHeldFunds(now, { batchSize: 4 }),
      releaseHeldFunds(now, { batchSize: 3 }),
    ]);
    expect(first.parts + second.parts).toBeGreaterThanOrEqual(25);
    for (const [i, { part }] of parts.entries()) await releasedAt(part.id, daysAfter(DELIVERED, i * 0.1 + 14));
    const shares = await getDb().ambassadorEntry.findMany({ where: { ambassadorId: ambassador.id } });
    expect(shares.every((share) => share.availableAt !== null)).toBe(true);
    expect(await releaseHeldFunds(now)).toEqual({ parts: 0, entries: 0, ambassadorEntries: 0 });
  });

  it("never makes money available before its hold ends, whatever the rule, status and buyer", async () => {
    const rules: HoldRule[] = [
      "AFTER_DELIVERY_WITHDRAWAL",
      "AFTER_SHOPPER_CONFIRMATION",
      "AFTER_CONFIRMATION_AND_WITHDRAWAL",
    ];
    const statuses: ShopOrderStatus[] = [
      "AWAITING_ACCEPTANCE",
      "SHIPPED",
      "DELIVERED",
      "CONFIRMED",
      "RETURN_REQUESTED",
      "RETURN_REFUSED",
      "ESCALATED",
      "REFUSED",
      "RETURNED",
    ];
    const start = at("2027-03-01T12:00:00+01:00");
    for (const holdRule of rules) {
      await rule(holdRule);
      const { shop } = await payoutShop();
      const made = [];
      for (const [i, status] of statuses.entries())
        for (const buyerIsBusiness of [false, true]) {
          const deliveredAt = daysAfter(start, 1 + (i % 3));
          made.push(
            await paidPart(shop.id, {
              status,
              paidAt: start,
              deliveredAt,
              statusChangedAt: daysAfter(deliveredAt, 1 + (i % 5) * 4),
              autoConfirmAt: daysAfter(deliveredAt, 7),
              buyerIsBusiness,
            }),
          );
        }
      for (let day = 0; day <= 40; day += 3) {
        const now = daysAfter(start, day);
        await releaseHeldFunds(now);
        for (const { part } of made) {
          const row = await getDb().shopOrder.findUniqueOrThrow({
            where: { id: part.id },
            select: {
              fundsAvailableAt: true,
              status: true,
              deliveredAt: true,
              statusChangedAt: true,
              autoConfirmAt: true,
            },
          });
          const hold = holdOf(
            {
              ...row,
              buyerIsBusiness: (await getDb().order.findUniqueOrThrow({ where: { id: part.orderId } })).buyerIsBusiness,
            },
            { holdRule, withdrawalDays: 14 },
          );
          const releasable = hold.endsAt !== null && hold.endsAt.getTime() <= now.getTime();
          expect(row.fundsAvailableAt, `${holdRule} ${row.status} day ${day}`).toEqual(releasable ? hold.endsAt : null);
          for (const availableAt of await availabilityOf(part.id)) {
            if (availableAt === null) expect(releasable).toBe(false);
            else expect(availableAt.getTime()).toBeLessThanOrEqual(now.getTime());
          }
        }
      }
    }
  });
});
