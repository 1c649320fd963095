import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessDays, addDays, FRENCH_CALENDAR, isBusinessDay, localDate } from "./business-days";

const at = (iso: string) => new Date(iso);

describe("isBusinessDay (France)", () => {
  it.each([
    ["2026-12-07T10:00:00+01:00", true], // Monday
    ["2026-12-05T10:00:00+01:00", false], // Saturday
    ["2026-12-06T10:00:00+01:00", false], // Sunday
    ["2026-12-25T10:00:00+01:00", false], // Christmas, a Friday
    ["2026-05-01T10:00:00+02:00", false], // Labour day
    ["2026-05-14T10:00:00+02:00", false], // Ascension (a moving feast)
    ["2026-05-25T10:00:00+02:00", false], // Whit Monday
    ["2026-05-24T10:00:00+02:00", false], // Whit Sunday: a Sunday anyway
    ["2026-07-14T10:00:00+02:00", false], // Bastille day
    ["2026-07-15T10:00:00+02:00", true],
    ["2027-03-29T10:00:00+02:00", false], // Easter Monday 2027
  ])("%s → %s", (iso, expected) => {
    expect(isBusinessDay(at(iso), FRENCH_CALENDAR)).toBe(expected);
  });

  it("reads the day in the marketplace's time zone, not UTC", () => {
    // 23:30 UTC on Thursday 24 December is already Christmas in Paris.
    expect(localDate(at("2026-12-24T23:30:00Z"), "Europe/Paris")).toBe("2026-12-25");
    expect(isBusinessDay(at("2026-12-24T23:30:00Z"), FRENCH_CALENDAR)).toBe(false);
    expect(isBusinessDay(at("2026-12-24T22:30:00Z"), FRENCH_CALENDAR)).toBe(true);
  });

  it("follows the country it is given", () => {
    // 26 December is a public holiday in Germany, not in France.
    expect(isBusinessDay(at("2025-12-26T10:00:00+01:00"), FRENCH_CALENDAR)).toBe(true);
    expect(isBusinessDay(at("2025-12-26T10:00:00+01:00"), { country: "DE", timeZone: "Europe/Berlin" })).toBe(false);
  });
});

describe("addBusinessDays", () => {
  it.each([
    ["Friday 15:00 + 2 → Tuesday 15:00", "2026-12-04T15:00:00+01:00", 2, "2026-12-08T15:00:00+01:00"],
    ["Saturday 10:00 + 2 → Tuesday 10:00", "2026-12-05T10:00:00+01:00", 2, "2026-12-08T10:00:00+01:00"],
    ["Monday + 2 → Wednesday", "2026-12-07T09:00:00+01:00", 2, "2026-12-09T09:00:00+01:00"],
    ["over Christmas (Friday)", "2026-12-24T12:00:00+01:00", 2, "2026-12-29T12:00:00+01:00"],
    ["over Ascension Thursday", "2026-05-13T12:00:00+02:00", 1, "2026-05-15T12:00:00+02:00"],
    ["zero days is the same instant", "2026-12-05T10:00:00+01:00", 0, "2026-12-05T10:00:00+01:00"],
  ])("%s", (_name, start, days, expected) => {
    expect(addBusinessDays(at(start), days, FRENCH_CALENDAR).toISOString()).toBe(at(expected).toISOString());
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addBusinessDays(at("2026-12-07T09:00:00Z"), -1, FRENCH_CALENDAR)).toThrow(RangeError);
    expect(() => addBusinessDays(at("2026-12-07T09:00:00Z"), 1.5, FRENCH_CALENDAR)).toThrow(RangeError);
  });

  it("always lands on a business day, at least n calendar days later, never more than n + 12", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2025-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 10 }),
        (start, days) => {
          const deadline = addBusinessDays(start, days, FRENCH_CALENDAR);
          expect(isBusinessDay(deadline, FRENCH_CALENDAR)).toBe(true);
          expect(deadline.getTime()).toBeGreaterThanOrEqual(addDays(start, days).getTime());
          expect(deadline.getTime()).toBeLessThanOrEqual(addDays(start, days + 12).getTime());
        },
      ),
      { numRuns: 300 },
    );
    // 300 calendar walks: well under a second alone, more on a loaded machine (Vitest's 5 s default).
  }, 30_000);
});

describe("isBusinessDay (Iran)", () => {
  const iran = { country: "IR", timeZone: "Asia/Tehran" };

  it("rests on Friday and works on Saturday and Sunday, as Iran does", () => {
    // 2026-12-04 is a Friday, 2026-12-05 a Saturday, 2026-12-06 a Sunday.
    expect(isBusinessDay(new Date("2026-12-04T08:00:00Z"), iran)).toBe(false);
    expect(isBusinessDay(new Date("2026-12-05T08:00:00Z"), iran)).toBe(true);
    expect(isBusinessDay(new Date("2026-12-06T08:00:00Z"), iran)).toBe(true);
  });
});
