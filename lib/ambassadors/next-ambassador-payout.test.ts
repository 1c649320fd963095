import { describe, expect, it } from "vitest";
import { nextAmbassadorPayout, payoutPlanOf } from "./next-ambassador-payout";

// Saturday 5 December 2026, 13:00 in Paris.
const now = new Date("2026-12-05T12:00:00Z");
const account = { payoutHolderName: "Ambre Martin", payoutIban: "FR7630006000011234567890189" };
const noAccount = { payoutHolderName: null, payoutIban: null };

describe("payoutPlanOf (docs/payouts.md, ambassadors)", () => {
  it("gives the current and the next run of the ambassadors' calendar with their cutoffs", () => {
    expect(payoutPlanOf(null, now)).toEqual({
      schedule: "TWICE_MONTHLY",
      weekday: 1,
      minimumAmount: 0,
      current: { runDate: "2026-11-25", cutoffAt: new Date("2026-11-24T23:00:00Z") },
      next: { runDate: "2026-12-10", cutoffAt: new Date("2026-12-09T23:00:00Z") },
    });
    const onRequest = payoutPlanOf({ payoutSchedule: "ON_REQUEST", payoutWeekday: 1, payoutMinimumAmount: 500 }, now);
    expect(onRequest).toMatchObject({
      schedule: "MONTHLY",
      minimumAmount: 500,
      current: { runDate: "2026-11-30" },
      next: { runDate: "2026-12-31" },
    });
  });
});

describe("nextAmbassadorPayout", () => {
  const plan = payoutPlanOf(null, now);

  it("is the current period's while it has no payout and one could be made", () => {
    expect(
      nextAmbassadorPayout(plan, account, { currentWritten: false, settleableNow: 450, settleableNext: 530 }),
    ).toMatchObject({ runDate: "2026-11-25", amount: 450, blockers: [] });
  });

  it("is the next run's once the current one is written, or when the current one could not be made", () => {
    expect(
      nextAmbassadorPayout(plan, account, { currentWritten: true, settleableNow: 450, settleableNext: 530 }),
    ).toMatchObject({ runDate: "2026-12-10", date: new Date("2026-12-09T23:00:00Z"), amount: 530, blockers: [] });
    expect(
      nextAmbassadorPayout(plan, account, { currentWritten: false, settleableNow: 0, settleableNext: 80 }),
    ).toMatchObject({ runDate: "2026-12-10", amount: 80, blockers: [] });
    expect(
      nextAmbassadorPayout(plan, noAccount, { currentWritten: false, settleableNow: 450, settleableNext: 530 }),
    ).toMatchObject({ runDate: "2026-12-10", amount: 530, blockers: ["noBankAccount"] });
  });

  it("says when it is under the minimum or there is nothing to pay", () => {
    const withMinimum = { ...plan, minimumAmount: 1000 };
    expect(
      nextAmbassadorPayout(withMinimum, account, { currentWritten: true, settleableNow: 0, settleableNext: 999 }),
    ).toMatchObject({ blockers: ["belowMinimum"], minimumAmount: 1000 });
    expect(
      nextAmbassadorPayout(plan, account, { currentWritten: true, settleableNow: 0, settleableNext: -40 }),
    ).toMatchObject({ amount: -40, blockers: ["nothingDue"] });
  });
});
