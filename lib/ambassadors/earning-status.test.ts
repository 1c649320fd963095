import { describe, expect, it } from "vitest";
import { earningStatusOf } from "./earning-status";

const now = new Date("2026-12-05T12:00:00Z");
const before = new Date("2026-12-01T00:00:00Z");
const after = new Date("2026-12-09T00:00:00Z");

describe("earningStatusOf (docs/payouts.md, ambassadors)", () => {
  it("is pending while held or until its availability date, then available", () => {
    expect(earningStatusOf({ availableAt: null, payout: null }, now)).toBe("pending");
    expect(earningStatusOf({ availableAt: after, payout: null }, now)).toBe("pending");
    expect(earningStatusOf({ availableAt: before, payout: null }, now)).toBe("available");
    expect(earningStatusOf({ availableAt: now, payout: null }, now)).toBe("available");
  });

  it("follows the payout that settled it", () => {
    expect(earningStatusOf({ availableAt: before, payout: { status: "SCHEDULED" } }, now)).toBe("inPayout");
    expect(earningStatusOf({ availableAt: before, payout: { status: "PROCESSING" } }, now)).toBe("inPayout");
    expect(earningStatusOf({ availableAt: before, payout: { status: "PAID" } }, now)).toBe("paid");
    expect(earningStatusOf({ availableAt: before, payout: { status: "FAILED" } }, now)).toBe("failed");
  });
});
