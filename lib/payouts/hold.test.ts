import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HoldRule, ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { holdOf, isReleasable, withdrawalEndOf, type Hold, type HoldPart } from "./hold";

// docs/payouts.md, holds: when a part's money becomes available under each hold rule, for each
// status, for a consumer and a business buyer. Expectations computed by hand: delivered on
// 4 November 2026 at 15:30 (Paris), withdrawal 14 days → 18 November 15:30, automatic
// confirmation 7 days after delivery → 11 November 15:30.

const DELIVERED = new Date("2026-11-04T15:30:00+01:00");
const AUTO_CONFIRM = new Date("2026-11-11T15:30:00+01:00");
const WITHDRAWAL_END = new Date("2026-11-18T15:30:00+01:00");
const CONFIRMED_EARLY = new Date("2026-11-06T09:00:00+01:00");
const CONFIRMED_LATE = new Date("2026-11-24T09:00:00+01:00");
const CLOSED_AT = new Date("2026-11-03T10:00:00+01:00");
const settings = (holdRule: HoldRule) => ({ holdRule, withdrawalDays: 14 });

const part = (status: ShopOrderStatus, data: Partial<HoldPart> = {}): HoldPart => ({
  status,
  deliveredAt: DELIVERED,
  statusChangedAt: DELIVERED,
  autoConfirmAt: AUTO_CONFIRM,
  buyerIsBusiness: false,
  ...data,
});

const RULES: HoldRule[] = [
  "AFTER_DELIVERY_WITHDRAWAL",
  "AFTER_SHOPPER_CONFIRMATION",
  "AFTER_CONFIRMATION_AND_WITHDRAWAL",
];
const held = (reason: Hold["reason"], expectedAt: Date | null = null): Hold => ({ endsAt: null, expectedAt, reason });
const ends = (endsAt: Date, reason: Hold["reason"] = "ends"): Hold => ({ endsAt, expectedAt: null, reason });

describe("holdOf, every rule × status × buyer", () => {
  type Row = [string, HoldRule, boolean, HoldPart, Hold];
  const rows: Row[] = [];
  const both = (status: ShopOrderStatus, data: Partial<HoldPart>, expected: Hold) => {
    for (const rule of RULES)
      for (const business of [false, true])
        rows.push([status, rule, business, part(status, { ...data, buyerIsBusiness: business }), expected]);
  };
  // Not delivered yet: held, no date known.
  for (const status of ["AWAITING_PAYMENT", "AWAITING_ACCEPTANCE", "ACCEPTED", "SHIPPED", "READY_FOR_PICKUP"] as const)
    both(status, { deliveredAt: null, statusChangedAt: CLOSED_AT, autoConfirmAt: null }, held("awaitingDelivery"));
  // Closed: released from when it closed (its refund is in the ledger).
  for (const status of ["REFUSED", "EXPIRED", "CANCELLED", "RETURNED"] as const)
    both(status, { statusChangedAt: CLOSED_AT }, ends(CLOSED_AT, "closed"));
  // A return open: held, whatever the rule and the buyer.
  for (const status of ["RETURN_REQUESTED", "RETURN_ACCEPTED", "ESCALATED"] as const)
    both(status, { statusChangedAt: CONFIRMED_EARLY, autoConfirmAt: null }, held("returnOpen"));
  // A refused return: held until it is confirmed (automatically at the restarted autoConfirmAt) or escalated.
  both(
    "RETURN_REFUSED",
    { statusChangedAt: CONFIRMED_EARLY, autoConfirmAt: CONFIRMED_LATE },
    held("returnOpen", CONFIRMED_LATE),
  );

  // Delivered, not confirmed.
  rows.push(
    ["DELIVERED", "AFTER_DELIVERY_WITHDRAWAL", false, part("DELIVERED"), ends(WITHDRAWAL_END, "withdrawalPeriod")],
    [
      "DELIVERED",
      "AFTER_DELIVERY_WITHDRAWAL",
      true,
      part("DELIVERED", { buyerIsBusiness: true }),
      ends(DELIVERED, "withdrawalPeriod"),
    ],
    ["DELIVERED", "AFTER_SHOPPER_CONFIRMATION", false, part("DELIVERED"), held("awaitingConfirmation", AUTO_CONFIRM)],
    [
      "DELIVERED",
      "AFTER_SHOPPER_CONFIRMATION",
      true,
      part("DELIVERED", { buyerIsBusiness: true }),
      held("awaitingConfirmation", AUTO_CONFIRM),
    ],
    [
      "DELIVERED",
      "AFTER_CONFIRMATION_AND_WITHDRAWAL",
      false,
      part("DELIVERED"),
      held("awaitingConfirmation", WITHDRAWAL_END),
    ],
    [
      "DELIVERED",
      "AFTER_CONFIRMATION_AND_WITHDRAWAL",
      true,
      part("DELIVERED", { buyerIsBusiness: true }),
      held("awaitingConfirmation", AUTO_CONFIRM),
    ],
  );
  // Confirmed early (6 November, before the withdrawal period ends).
  const early = (business: boolean) =>
    part("CONFIRMED", { statusChangedAt: CONFIRMED_EARLY, buyerIsBusiness: business });
  rows.push(
    ["CONFIRMED early", "AFTER_DELIVERY_WITHDRAWAL", false, early(false), ends(WITHDRAWAL_END)],
    ["CONFIRMED early", "AFTER_DELIVERY_WITHDRAWAL", true, early(true), ends(DELIVERED)],
    ["CONFIRMED early", "AFTER_SHOPPER_CONFIRMATION", false, early(false), ends(CONFIRMED_EARLY)],
    ["CONFIRMED early", "AFTER_SHOPPER_CONFIRMATION", true, early(true), ends(CONFIRMED_EARLY)],
    ["CONFIRMED early", "AFTER_CONFIRMATION_AND_WITHDRAWAL", false, early(false), ends(WITHDRAWAL_END)],
    ["CONFIRMED early", "AFTER_CONFIRMATION_AND_WITHDRAWAL", true, early(true), ends(CONFIRMED_EARLY)],
  );
  // Confirmed late (24 November, after the withdrawal period).
  const late = (business: boolean) => part("CONFIRMED", { statusChangedAt: CONFIRMED_LATE, buyerIsBusiness: business });
  rows.push(
    ["CONFIRMED late", "AFTER_DELIVERY_WITHDRAWAL", false, late(false), ends(WITHDRAWAL_END)],
    ["CONFIRMED late", "AFTER_SHOPPER_CONFIRMATION", false, late(false), ends(CONFIRMED_LATE)],
    ["CONFIRMED late", "AFTER_CONFIRMATION_AND_WITHDRAWAL", false, late(false), ends(CONFIRMED_LATE)],
    ["CONFIRMED late", "AFTER_CONFIRMATION_AND_WITHDRAWAL", true, late(true), ends(CONFIRMED_LATE)],
  );
  // Confirmed on its way (SHIPPED → CONFIRMED, never marked delivered): the confirmation stands for the delivery.
  const onItsWay = part("CONFIRMED", { deliveredAt: null, statusChangedAt: CONFIRMED_EARLY, autoConfirmAt: null });
  rows.push(
    [
      "CONFIRMED undelivered",
      "AFTER_DELIVERY_WITHDRAWAL",
      false,
      onItsWay,
      ends(new Date("2026-11-20T09:00:00+01:00")),
    ],
    ["CONFIRMED undelivered", "AFTER_SHOPPER_CONFIRMATION", false, onItsWay, ends(CONFIRMED_EARLY)],
    [
      "CONFIRMED undelivered",
      "AFTER_CONFIRMATION_AND_WITHDRAWAL",
      false,
      onItsWay,
      ends(new Date("2026-11-20T09:00:00+01:00")),
    ],
  );
  // Both rules, no automatic confirmation set: the withdrawal end is the best estimate.
  rows.push([
    "DELIVERED without autoConfirmAt",
    "AFTER_CONFIRMATION_AND_WITHDRAWAL",
    false,
    part("DELIVERED", { autoConfirmAt: null }),
    held("awaitingConfirmation", WITHDRAWAL_END),
  ]);

  it.each(rows)("%s under %s, business buyer %s", (_status, rule, _business, input, expected) => {
    expect(holdOf(input, settings(rule))).toEqual(expected);
  });

  it("covers every status under every rule for both buyers", () => {
    const statuses = new Set(rows.map(([, rule, business, input]) => `${input.status} ${rule} ${business}`));
    expect(statuses.size).toBe(15 * 3 * 2);
  });
});

describe("withdrawalEndOf", () => {
  it("counts calendar days of 24 hours from delivery, none for a business buyer", () => {
    expect(withdrawalEndOf(DELIVERED, 14, false)).toEqual(WITHDRAWAL_END);
    expect(withdrawalEndOf(DELIVERED, 0, false)).toEqual(DELIVERED);
    expect(withdrawalEndOf(DELIVERED, 14, true)).toEqual(DELIVERED);
  });
});

describe("isReleasable", () => {
  it("once the end has come, not a millisecond before", () => {
    const hold = ends(WITHDRAWAL_END);
    expect(isReleasable(hold, new Date(WITHDRAWAL_END.getTime() - 1))).toBe(false);
    expect(isReleasable(hold, WITHDRAWAL_END)).toBe(true);
    expect(isReleasable(held("awaitingConfirmation", AUTO_CONFIRM), new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("properties", () => {
  const ALL: ShopOrderStatus[] = [
    "AWAITING_PAYMENT",
    "AWAITING_ACCEPTANCE",
    "ACCEPTED",
    "SHIPPED",
    "READY_FOR_PICKUP",
    "DELIVERED",
    "CONFIRMED",
    "REFUSED",
    "EXPIRED",
    "CANCELLED",
    "RETURN_REQUESTED",
    "RETURN_ACCEPTED",
    "RETURN_REFUSED",
    "ESCALATED",
    "RETURNED",
  ];
  const date = fc.date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2035-01-01T00:00:00Z"),
    noInvalidDate: true,
  });
  const input = fc.record({
    status: fc.constantFrom(...ALL),
    deliveredAt: fc.option(date, { nil: null }),
    confirmAfterMs: fc.integer({ min: 0, max: 60 * 24 * 3600 * 1000 }),
    autoConfirmAt: fc.option(date, { nil: null }),
    buyerIsBusiness: fc.boolean(),
    rule: fc.constantFrom(...RULES),
    withdrawalDays: fc.integer({ min: 0, max: 90 }),
    now: date,
  });
  const partOf = (x: {
    status: ShopOrderStatus;
    deliveredAt: Date | null;
    confirmAfterMs: number;
    autoConfirmAt: Date | null;
    buyerIsBusiness: boolean;
  }): HoldPart => ({
    status: x.status,
    deliveredAt: x.deliveredAt,
    // The status changed at delivery or after it.
    statusChangedAt: new Date((x.deliveredAt ?? new Date("2024-01-01T00:00:00Z")).getTime() + x.confirmAfterMs),
    autoConfirmAt: x.autoConfirmAt,
    buyerIsBusiness: x.buyerIsBusiness,
  });
  const OPEN: ShopOrderStatus[] = ["RETURN_REQUESTED", "RETURN_ACCEPTED", "RETURN_REFUSED", "ESCALATED"];
  const ON_ITS_WAY: ShopOrderStatus[] = [
    "AWAITING_PAYMENT",
    "AWAITING_ACCEPTANCE",
    "ACCEPTED",
    "SHIPPED",
    "READY_FOR_PICKUP",
  ];

  it("releasable ⇒ the end has come, no return is open and the part is not on its way", () => {
    fc.assert(
      fc.property(input, (x) => {
        const hold = holdOf(partOf(x), { holdRule: x.rule, withdrawalDays: x.withdrawalDays });
        if (!isReleasable(hold, x.now)) return;
        expect(hold.endsAt.getTime()).toBeLessThanOrEqual(x.now.getTime());
        expect(OPEN).not.toContain(x.status);
        expect(ON_ITS_WAY).not.toContain(x.status);
        // Delivered but not confirmed: only the withdrawal rule releases it.
        if (x.status === "DELIVERED") expect(x.rule).toBe("AFTER_DELIVERY_WITHDRAWAL");
      }),
    );
  });

  it("a consumer's money is never released before the withdrawal period ends, where the rule has one", () => {
    fc.assert(
      fc.property(input, (x) => {
        const p = partOf({ ...x, buyerIsBusiness: false });
        const hold = holdOf(p, { holdRule: x.rule, withdrawalDays: x.withdrawalDays });
        if (hold.endsAt === null || hold.reason === "closed" || x.rule === "AFTER_SHOPPER_CONFIRMATION") return;
        const delivered = p.deliveredAt ?? p.statusChangedAt;
        expect(hold.endsAt.getTime()).toBeGreaterThanOrEqual(
          withdrawalEndOf(delivered, x.withdrawalDays, false).getTime(),
        );
      }),
    );
  });

  it("a business buyer's hold never ends later than a consumer's", () => {
    fc.assert(
      fc.property(input, (x) => {
        const settings = { holdRule: x.rule, withdrawalDays: x.withdrawalDays };
        const consumer = holdOf(partOf({ ...x, buyerIsBusiness: false }), settings);
        const business = holdOf(partOf({ ...x, buyerIsBusiness: true }), settings);
        if (consumer.endsAt === null) return;
        expect(business.endsAt).not.toBeNull();
        expect(business.endsAt!.getTime()).toBeLessThanOrEqual(consumer.endsAt.getTime());
      }),
    );
  });

  it("under a confirmation rule, a confirmed part is released no earlier than its confirmation", () => {
    fc.assert(
      fc.property(input, (x) => {
        if (x.rule === "AFTER_DELIVERY_WITHDRAWAL") return;
        const p = partOf({ ...x, status: "CONFIRMED" });
        const hold = holdOf(p, { holdRule: x.rule, withdrawalDays: x.withdrawalDays });
        expect(hold.endsAt!.getTime()).toBeGreaterThanOrEqual(p.statusChangedAt.getTime());
      }),
    );
  });
});
