// Ledger invariants (docs/payouts.md, balances; holds; the run), checked with fast-check on the real
// database: random sequences of sales (parts delivered, confirmed, returned at random times), refunds,
// subscription fees, adjustments, release passes and payout runs at increasing dates, under a random
// calendar, minimum and withdrawal period. After every step:
// - balances are sums of entries: each payout's entries (settled + PAYOUT) add up to zero, and the
//   shop's total = available + pending = Σ of all its entries; no entry's amount ever changes nor
//   does any entry vanish; a step adds entries adding up to exactly what it wrote, a run adds only
//   PAYOUT (and PAYOUT_REVERSAL) entries — so a refund after a payout is never lost: it makes the
//   balance negative;
// - no entry is available before its part's hold ends, nor while its part is undelivered or in an
//   open return;
// - what was paid out never exceeds what had become available (earned − refunds − fees) by the
//   last payout's cutoff, and every payout settles only entries available before its cutoff.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { shopBalancesOf } from "@/lib/payouts/balances";
import { releaseHeldFunds } from "@/lib/payouts/release-held-funds";
import { runPayouts } from "@/lib/payouts/run-payouts";
import { paidPart, payoutSettings, payoutShop, refundPart, setPart, shopEntry } from "./payout-fixtures";

const db = () => getDb();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Step =
  | { kind: "advance"; hours: number }
  | { kind: "sale"; amount: number; delivered: boolean; business: boolean }
  | { kind: "deliver" | "confirm" | "openReturn"; pick: number }
  | { kind: "closeReturn"; pick: number; accept: boolean }
  | { kind: "refund"; pick: number; fraction: number }
  | { kind: "fee"; amount: number }
  | { kind: "adjust"; amount: number }
  | { kind: "release" }
  | { kind: "run" };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("advance" as const), hours: fc.integer({ min: 1, max: 400 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("sale" as const),
      amount: fc.integer({ min: 500, max: 40_000 }),
      delivered: fc.boolean(),
      business: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("deliver" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("confirm" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("openReturn" as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("closeReturn" as const), pick: fc.nat(), accept: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("refund" as const),
      pick: fc.nat(),
      fraction: fc.double({ min: 0.05, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("fee" as const), amount: fc.integer({ min: 100, max: 8_000 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("adjust" as const),
      amount: fc.integer({ min: -5_000, max: 5_000 }).filter((n) => n !== 0),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "release" as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: "run" as const }) },
);

type Part = {
  id: string;
  status: "ACCEPTED" | "DELIVERED" | "CONFIRMED" | "RETURN_REQUESTED" | "RETURNED";
  deliveredAt: Date | null;
  statusChangedAt: Date;
  business: boolean;
  itemsAmount: number;
  refunded: number;
};

/** The earliest instant the model allows the part's money to be available, or null: never while so. */
function holdEndOf(part: Part, withdrawalDays: number): Date | null {
  if (part.status === "RETURNED") return part.statusChangedAt;
  if (part.status !== "DELIVERED" && part.status !== "CONFIRMED") return null;
  return new Date(part.deliveredAt!.getTime() + (part.business ? 0 : withdrawalDays * DAY));
}

/** Clocks only move forward, across all runs (the database and its other shops are shared). */
let clock = new Date("2032-01-01T09:00:00+01:00");

/**
 * A refund through the fixture, and what its new entries add up to (told apart by id: the fixture's
 * own sum also catches held entries dated in the future, as these are).
 */
async function refund(shopOrderId: string, amount: number, at: Date): Promise<number> {
  const before = new Set(
    (await db().ledgerEntry.findMany({ where: { shopOrderId }, select: { id: true } })).map((e) => e.id),
  );
  await refundPart(shopOrderId, amount, at);
  const after = await db().ledgerEntry.findMany({ where: { shopOrderId }, select: { id: true, amount: true } });
  const written = after.filter((e) => !before.has(e.id)).reduce((sum, e) => sum + e.amount, 0);
  expect(written).toBeLessThan(0);
  return written;
}

async function amountsOf(shopId: string): Promise<Map<string, { amount: number; type: string }>> {
  const rows = await db().ledgerEntry.findMany({ where: { shopId }, select: { id: true, amount: true, type: true } });
  return new Map(rows.map((row) => [row.id, { amount: row.amount, type: row.type }]));
}

/**
 * Append-only: every entry is still there with its amount. A step that writes money adds entries
 * adding up to exactly what it wrote; a release pass adds none; a run adds only PAYOUT entries (the
 * money leaves the balance) and PAYOUT_REVERSAL entries (it comes back).
 */
async function checkAppendOnly(
  shopId: string,
  before: Map<string, { amount: number; type: string }>,
  step: Step,
  written: number,
) {
  const after = await amountsOf(shopId);
  for (const [id, entry] of before) expect(after.get(id), `entry ${id} after ${step.kind}`).toEqual(entry);
  const added = [...after].filter(([id]) => !before.has(id)).map(([, entry]) => entry);
  const sum = added.reduce((total, entry) => total + entry.amount, 0);
  if (step.kind === "run") {
    for (const entry of added) expect(["PAYOUT", "PAYOUT_REVERSAL"]).toContain(entry.type);
  } else {
    expect(added.some((entry) => entry.type === "PAYOUT" || entry.type === "PAYOUT_REVERSAL")).toBe(false);
    expect(sum, `what ${JSON.stringify(step)} wrote`).toBe(written);
  }
}

async function checkInvariants(shopId: string, parts: Part[], withdrawalDays: number, now: Date) {
  const entries = await db().ledgerEntry.findMany({ where: { shopId } });
  const payouts = await db().payout.findMany({ where: { shopId } });
  const sum = (list: { amount: number }[]) => list.reduce((total, e) => total + e.amount, 0);

  // Sums: every payout's entries cancel; total = available + pending.
  for (const payout of payouts) {
    const own = entries.filter((e) => e.payoutId === payout.id);
    expect(sum(own)).toBe(0);
    const settled = own.filter((e) => e.type !== "PAYOUT");
    expect(sum(settled)).toBe(payout.amount);
    expect(payout.amount).toBeGreaterThanOrEqual(1);
    for (const entry of settled) expect(entry.availableAt!.getTime()).toBeLessThan(payout.cutoffAt.getTime());
  }
  const balances = await shopBalancesOf(db(), shopId, now);
  expect(balances.total).toBe(sum(entries));
  expect(balances.available + balances.pending).toBe(balances.total);
  expect(balances.available).toBe(
    sum(entries.filter((e) => e.payoutId === null && e.availableAt !== null && e.availableAt <= now)),
  );

  // Holds: nothing available before its part's hold ends, nor while the part cannot be released.
  for (const part of parts) {
    const end = holdEndOf(part, withdrawalDays);
    for (const entry of entries.filter((e) => e.shopOrderId === part.id && e.availableAt !== null)) {
      expect(end, `part ${part.status} has an available entry`).not.toBeNull();
      expect(entry.availableAt!.getTime()).toBeGreaterThanOrEqual(end!.getTime());
      expect(entry.availableAt!.getTime()).toBeGreaterThanOrEqual(entry.createdAt.getTime());
    }
  }

  // Paid out ≤ earned − refunds − fees available by the last payout's cutoff (and written before it).
  const live = payouts.filter((p) => p.status !== "FAILED");
  if (live.length > 0) {
    const lastCutoff = Math.max(...live.map((p) => p.cutoffAt.getTime()));
    const lastWritten = Math.max(...live.map((p) => p.createdAt.getTime()));
    const paidOut = -sum(entries.filter((e) => e.type === "PAYOUT" || e.type === "PAYOUT_REVERSAL"));
    const earnedNet = sum(
      entries.filter(
        (e) =>
          e.type !== "PAYOUT" &&
          e.type !== "PAYOUT_REVERSAL" &&
          e.availableAt !== null &&
          e.availableAt.getTime() < lastCutoff &&
          e.createdAt.getTime() <= lastWritten,
      ),
    );
    expect(paidOut).toBeLessThanOrEqual(earnedNet);
  }
}

beforeAll(async () => {
  await payoutSettings();
});

describe("the ledger under random sales, refunds, fees, holds and payout runs", () => {
  it("keeps its invariants after every step", { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<PayoutSchedule>("TWICE_MONTHLY", "WEEKLY", "MONTHLY"),
        fc.constantFrom(0, 5_000),
        fc.constantFrom(0, 7, 14),
        fc.array(stepArbitrary, { minLength: 5, maxLength: 30 }),
        async (schedule, minimum, withdrawalDays, steps) => {
          await payoutSettings({
            payoutSchedule: schedule,
            payoutWeekday: 1 + (steps.length % 7),
            payoutMinimumAmount: minimum,
            withdrawalDays,
          });
          const { shop } = await payoutShop();
          const parts: Part[] = [];
          const pick = <T>(list: T[], n: number) => (list.length === 0 ? undefined : list[n % list.length]);

          for (const step of steps) {
            clock = new Date(clock.getTime() + 60_000);
            const before = await amountsOf(shop.id);
            let written = 0;
            switch (step.kind) {
              case "advance":
                clock = new Date(clock.getTime() + step.hours * HOUR);
                break;
              case "sale": {
                const commission = Math.floor(step.amount / 10);
                const made = await paidPart(shop.id, {
                  status: step.delivered ? "DELIVERED" : "ACCEPTED",
                  itemsAmount: step.amount,
                  commissionAmount: commission,
                  paidAt: clock,
                  deliveredAt: step.delivered ? clock : null,
                  buyerIsBusiness: step.business,
                });
                parts.push({
                  id: made.part.id,
                  status: step.delivered ? "DELIVERED" : "ACCEPTED",
                  deliveredAt: step.delivered ? clock : null,
                  statusChangedAt: clock,
                  business: step.business,
                  itemsAmount: step.amount,
                  refunded: 0,
                });
                written = made.net;
                break;
              }
              case "deliver": {
                const part = pick(
                  parts.filter((p) => p.status === "ACCEPTED"),
                  step.pick,
                );
                if (!part) break;
                await setPart(part.id, "DELIVERED", { deliveredAt: clock, statusChangedAt: clock });
                Object.assign(part, { status: "DELIVERED", deliveredAt: clock, statusChangedAt: clock });
                break;
              }
              case "confirm": {
                const part = pick(
                  parts.filter((p) => p.status === "DELIVERED"),
                  step.pick,
                );
                if (!part) break;
                await setPart(part.id, "CONFIRMED", { statusChangedAt: clock });
                Object.assign(part, { status: "CONFIRMED", statusChangedAt: clock });
                break;
              }
              case "openReturn": {
                // A return may be opened only while the part's money is still held (the return
                // window is the withdrawal period).
                const candidates = await db().shopOrder.findMany({
                  where: {
                    id: {
                      in: parts.filter((p) => p.status === "DELIVERED" || p.status === "CONFIRMED").map((p) => p.id),
                    },
                    fundsAvailableAt: null,
                  },
                  select: { id: true },
                  orderBy: { id: "asc" },
                });
                const chosen = pick(candidates, step.pick);
                if (!chosen) break;
                const part = parts.find((p) => p.id === chosen.id)!;
                await setPart(part.id, "RETURN_REQUESTED", { statusChangedAt: clock });
                Object.assign(part, { status: "RETURN_REQUESTED", statusChangedAt: clock });
                break;
              }
              case "closeReturn": {
                const part = pick(
                  parts.filter((p) => p.status === "RETURN_REQUESTED"),
                  step.pick,
                );
                if (!part) break;
                if (step.accept) {
                  const left = part.itemsAmount - part.refunded;
                  if (left > 0) written = await refund(part.id, left, clock);
                  part.refunded = part.itemsAmount;
                  await setPart(part.id, "RETURNED", { statusChangedAt: clock });
                  Object.assign(part, { status: "RETURNED", statusChangedAt: clock });
                } else {
                  await setPart(part.id, "CONFIRMED", { statusChangedAt: clock });
                  Object.assign(part, { status: "CONFIRMED", statusChangedAt: clock });
                }
                break;
              }
              case "refund": {
                const part = pick(
                  parts.filter(
                    (p) => (p.status === "DELIVERED" || p.status === "CONFIRMED") && p.refunded < p.itemsAmount,
                  ),
                  step.pick,
                );
                if (!part) break;
                const amount = Math.max(1, Math.floor((part.itemsAmount - part.refunded) * step.fraction));
                written = await refund(part.id, amount, clock);
                part.refunded += amount;
                break;
              }
              case "fee":
                await shopEntry(shop.id, "SUBSCRIPTION_FEE", -step.amount, clock);
                written = -step.amount;
                break;
              case "adjust":
                await shopEntry(shop.id, "ADJUSTMENT", step.amount, clock);
                written = step.amount;
                break;
              case "release":
                await releaseHeldFunds(clock);
                break;
              case "run":
                await runPayouts(clock);
                break;
            }
            // A step changes the total by what it wrote; releases and runs never change it.
            await checkAppendOnly(shop.id, before, step, written);
            await checkInvariants(shop.id, parts, withdrawalDays, clock);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
