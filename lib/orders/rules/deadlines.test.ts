import { describe, expect, it } from "vitest";
import { FRENCH_CALENDAR } from "@/lib/calendar/business-days";
import { acceptanceDeadlines, afterDeliveryDeadlines, isFlaggedLate, shippingDeadline, timeLeft } from "./deadlines";

const settings = {
  acceptanceDeadlineBusinessDays: 2,
  shipDeadlineBusinessDays: 2,
  autoConfirmDays: 7,
  returnWindowDays: 14,
  calendar: FRENCH_CALENDAR,
};

describe("deadlines", () => {
  it("gives two business days to accept, with a reminder halfway", () => {
    const paidAt = new Date("2026-12-04T15:00:00+01:00"); // a Friday
    const { acceptBy, remindAt } = acceptanceDeadlines(paidAt, settings);
    expect(acceptBy.toISOString()).toBe(new Date("2026-12-08T15:00:00+01:00").toISOString());
    expect(remindAt.toISOString()).toBe(new Date("2026-12-06T15:00:00+01:00").toISOString());
  });

  it("gives two business days from acceptance to ship", () => {
    expect(shippingDeadline(new Date("2026-12-24T09:00:00+01:00"), settings).toISOString()).toBe(
      new Date("2026-12-29T09:00:00+01:00").toISOString(),
    );
  });

  it("confirms 7 calendar days after delivery and takes returns for 14", () => {
    const deliveredAt = new Date("2026-12-05T10:00:00Z");
    const { autoConfirmAt, returnBy } = afterDeliveryDeadlines(deliveredAt, settings);
    expect(autoConfirmAt.toISOString()).toBe("2026-12-12T10:00:00.000Z");
    expect(returnBy.toISOString()).toBe("2026-12-19T10:00:00.000Z");
  });
});

describe("timeLeft", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  it.each([
    ["1 day 4 h", "2026-12-06T14:00:00Z", { overdue: false, days: 1, hours: 4, minutes: 0 }],
    ["35 minutes", "2026-12-05T10:35:59Z", { overdue: false, days: 0, hours: 0, minutes: 35 }],
    ["late by 2 h 5 min", "2026-12-05T07:55:00Z", { overdue: true, days: 0, hours: 2, minutes: 5 }],
    ["exactly now", "2026-12-05T10:00:00Z", { overdue: false, days: 0, hours: 0, minutes: 0 }],
  ])("%s", (_name, deadline, expected) => {
    expect(timeLeft(now, new Date(deadline))).toEqual(expected);
  });
});

describe("isFlaggedLate", () => {
  const flagged = new Date("2026-12-05T10:00:00Z");
  it.each([
    ["ACCEPTED", flagged, true],
    ["ACCEPTED", null, false],
    ["SHIPPED", flagged, false], // it left since: no longer late
    ["READY_FOR_PICKUP", flagged, false],
  ] as const)("%s, flagged %s → %s", (status, lateFlaggedAt, expected) => {
    expect(isFlaggedLate({ status, lateFlaggedAt })).toBe(expected);
  });
});
