import { describe, expect, it } from "vitest";
import { ambassadorPayoutBlockersOf, ambassadorPayoutCalendar, hasBankAccount } from "./payout-rules";

const IBAN = "FR7630006000011234567890189";

describe("ambassadorPayoutCalendar (docs/payouts.md, ambassadors)", () => {
  it("follows the marketplace's schedule and weekday", () => {
    expect(ambassadorPayoutCalendar({ payoutSchedule: "TWICE_MONTHLY", payoutWeekday: 1 })).toEqual({
      schedule: "TWICE_MONTHLY",
      weekday: 1,
    });
    expect(ambassadorPayoutCalendar({ payoutSchedule: "WEEKLY", payoutWeekday: 5 })).toEqual({
      schedule: "WEEKLY",
      weekday: 5,
    });
    expect(ambassadorPayoutCalendar({ payoutSchedule: "MONTHLY", payoutWeekday: 1 }).schedule).toBe("MONTHLY");
  });

  it("pays ambassadors monthly when the marketplace pays on request", () => {
    expect(ambassadorPayoutCalendar({ payoutSchedule: "ON_REQUEST", payoutWeekday: 3 })).toEqual({
      schedule: "MONTHLY",
      weekday: 3,
    });
  });
});

describe("hasBankAccount", () => {
  it("needs a holder name and a valid IBAN", () => {
    expect(hasBankAccount({ payoutHolderName: "Ambre Martin", payoutIban: IBAN })).toBe(true);
    expect(hasBankAccount({ payoutHolderName: null, payoutIban: IBAN })).toBe(false);
    expect(hasBankAccount({ payoutHolderName: "  ", payoutIban: IBAN })).toBe(false);
    expect(hasBankAccount({ payoutHolderName: "Ambre Martin", payoutIban: null })).toBe(false);
    expect(hasBankAccount({ payoutHolderName: "Ambre Martin", payoutIban: "FR7630006000011234567890188" })).toBe(false);
  });
});

describe("ambassadorPayoutBlockersOf", () => {
  const account = { payoutHolderName: "Ambre Martin", payoutIban: IBAN };

  it("lets a payout of at least max(minimum, 1) to a valid account through", () => {
    expect(ambassadorPayoutBlockersOf({ ...account, amount: 1, minimumAmount: 0 })).toEqual([]);
    expect(ambassadorPayoutBlockersOf({ ...account, amount: 2000, minimumAmount: 2000 })).toEqual([]);
  });

  it("says why not: no account, nothing due (zero or negative), under the minimum", () => {
    expect(
      ambassadorPayoutBlockersOf({ payoutHolderName: null, payoutIban: null, amount: 500, minimumAmount: 0 }),
    ).toEqual(["noBankAccount"]);
    expect(ambassadorPayoutBlockersOf({ ...account, amount: 0, minimumAmount: 0 })).toEqual(["nothingDue"]);
    expect(ambassadorPayoutBlockersOf({ ...account, amount: -120, minimumAmount: 1000 })).toEqual(["nothingDue"]);
    expect(ambassadorPayoutBlockersOf({ ...account, amount: 1999, minimumAmount: 2000 })).toEqual(["belowMinimum"]);
    expect(
      ambassadorPayoutBlockersOf({ payoutHolderName: "A", payoutIban: "XX", amount: 5, minimumAmount: 10 }),
    ).toEqual(["noBankAccount", "belowMinimum"]);
  });
});
