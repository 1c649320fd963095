import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOSED_ALL_WEEK, readOpeningHours, type OpeningHours } from "./opening-hours";
import { localClock, openingStatus } from "./opening-status";

/** "09:00-12:30 14:00-19:00" per day, Monday first; "" when closed. */
function week(...days: string[]): OpeningHours {
  return days.map((day) =>
    day
      .split(" ")
      .filter(Boolean)
      .map((range) => {
        const [open, close] = range.split("-");
        return { open, close };
      }),
  );
}

const SPLIT_DAY = "09:00-12:30 14:00-19:00";
const SHOP = week(SPLIT_DAY, SPLIT_DAY, SPLIT_DAY, SPLIT_DAY, SPLIT_DAY, "09:00-13:00", "");
const at = (iso: string) => new Date(iso);

describe("localClock", () => {
  it("reads the weekday (Monday 0) and wall-clock minutes in the zone", () => {
    expect(localClock(at("2026-03-25T09:15:00Z"))).toEqual({ weekday: 2, minutes: 10 * 60 + 15 }); // CET, UTC+1
    expect(localClock(at("2026-07-01T09:15:00Z"))).toEqual({ weekday: 2, minutes: 11 * 60 + 15 }); // CEST, UTC+2
    expect(localClock(at("2026-07-01T09:15:00Z"), "America/New_York")).toEqual({ weekday: 2, minutes: 5 * 60 + 15 });
  });

  it("turns the day at local midnight, not UTC midnight", () => {
    expect(localClock(at("2026-11-22T23:00:00Z"))).toEqual({ weekday: 0, minutes: 0 }); // Monday 00:00 in Paris
    expect(localClock(at("2026-11-22T22:59:00Z"))).toEqual({ weekday: 6, minutes: 23 * 60 + 59 }); // still Sunday
    expect(localClock(at("2026-11-23T00:30:00Z"), "UTC")).toEqual({ weekday: 0, minutes: 30 });
  });
});

describe("openingStatus", () => {
  it.each([
    // [instant, open, next]
    ["2026-03-25T08:59:00+01:00", false, { kind: "opens", weekday: 2, time: "09:00", daysAhead: 0 }],
    ["2026-03-25T09:00:00+01:00", true, { kind: "closes", weekday: 2, time: "12:30", daysAhead: 0 }],
    ["2026-03-25T12:29:00+01:00", true, { kind: "closes", weekday: 2, time: "12:30", daysAhead: 0 }],
    ["2026-03-25T12:30:00+01:00", false, { kind: "opens", weekday: 2, time: "14:00", daysAhead: 0 }],
    ["2026-03-25T15:00:00+01:00", true, { kind: "closes", weekday: 2, time: "19:00", daysAhead: 0 }],
    ["2026-03-25T19:00:00+01:00", false, { kind: "opens", weekday: 3, time: "09:00", daysAhead: 1 }],
    ["2026-03-28T13:00:00+01:00", false, { kind: "opens", weekday: 0, time: "09:00", daysAhead: 2 }], // Saturday after closing
    ["2026-03-22T11:00:00+01:00", false, { kind: "opens", weekday: 0, time: "09:00", daysAhead: 1 }], // closed Sunday
  ] as const)("at %s: open %s, then %o", (iso, open, next) => {
    expect(openingStatus(SHOP, at(iso))).toEqual({ today: localClock(at(iso)).weekday, open, next });
  });

  it("reports today's weekday index", () => {
    expect(openingStatus(SHOP, at("2026-03-23T10:00:00+01:00")).today).toBe(0);
    expect(openingStatus(SHOP, at("2026-03-29T10:00:00+02:00")).today).toBe(6);
  });

  it("reads ranges in any order", () => {
    const hours = week("14:00-18:00 09:00-12:00", "", "", "", "", "", "");
    expect(openingStatus(hours, at("2026-03-23T08:00:00+01:00")).next).toMatchObject({
      kind: "opens",
      time: "09:00",
      daysAhead: 0,
    });
    expect(openingStatus(hours, at("2026-03-23T13:00:00+01:00")).next).toMatchObject({
      kind: "opens",
      time: "14:00",
      daysAhead: 0,
    });
  });

  it("finds the next opening days later, up to the same weekday next week", () => {
    const mondayMornings = week("09:00-12:00", "", "", "", "", "", "");
    expect(openingStatus(mondayMornings, at("2026-03-24T10:00:00+01:00")).next).toEqual({
      kind: "opens",
      weekday: 0,
      time: "09:00",
      daysAhead: 6,
    });
    expect(openingStatus(mondayMornings, at("2026-03-23T12:00:00+01:00"))).toEqual({
      today: 0,
      open: false,
      next: { kind: "opens", weekday: 0, time: "09:00", daysAhead: 7 },
    });
  });

  it("says a shop closed all week never opens", () => {
    expect(openingStatus(CLOSED_ALL_WEEK, at("2026-03-25T10:00:00+01:00"))).toEqual({
      today: 2,
      open: false,
      next: null,
    });
    // Malformed or missing stored hours read as closed all week.
    expect(openingStatus(readOpeningHours([]), at("2026-03-25T10:00:00+01:00")).next).toBeNull();
    expect(openingStatus(readOpeningHours(null), at("2026-03-25T10:00:00+01:00")).open).toBe(false);
  });

  describe("around midnight", () => {
    const nightOwl = week("00:00-02:00 22:00-23:59", "", "", "", "", "", "22:00-23:59");
    it("opens at 00:00 on the new local day", () => {
      expect(openingStatus(nightOwl, at("2026-11-23T00:00:00+01:00"))).toEqual({
        today: 0,
        open: true,
        next: { kind: "closes", weekday: 0, time: "02:00", daysAhead: 0 },
      });
    });
    it("one minute before midnight counts as the day before", () => {
      expect(openingStatus(nightOwl, at("2026-11-22T23:59:00+01:00"))).toEqual({
        today: 6,
        open: false,
        next: { kind: "opens", weekday: 0, time: "00:00", daysAhead: 1 },
      });
      expect(openingStatus(nightOwl, at("2026-11-22T23:58:00+01:00")).open).toBe(true);
    });
  });

  describe("daylight saving time in Europe/Paris", () => {
    const sundayMornings = week("", "", "", "", "", "", "08:00-12:00");

    it("the same UTC instant is before opening in winter time and after it in summer time", () => {
      // 06:30 UTC is 07:30 on 22 March (CET) but 08:30 on 29 March (CEST, from 02:00 that night).
      expect(openingStatus(sundayMornings, at("2026-03-22T06:30:00Z"))).toMatchObject({
        today: 6,
        open: false,
        next: { kind: "opens", time: "08:00", daysAhead: 0 },
      });
      expect(openingStatus(sundayMornings, at("2026-03-29T06:30:00Z"))).toMatchObject({
        today: 6,
        open: true,
        next: { kind: "closes", time: "12:00" },
      });
    });

    it("skips the missing hour in March: 01:59 CET is followed by 03:00 CEST", () => {
      const night = week("", "", "", "", "", "", "01:00-04:00");
      expect(localClock(at("2026-03-29T00:59:00Z")).minutes).toBe(1 * 60 + 59);
      expect(localClock(at("2026-03-29T01:00:00Z")).minutes).toBe(3 * 60);
      expect(openingStatus(night, at("2026-03-29T01:00:00Z"))).toMatchObject({
        open: true,
        next: { kind: "closes", time: "04:00" },
      });
      expect(openingStatus(night, at("2026-03-29T02:00:00Z"))).toMatchObject({
        open: false,
        next: { kind: "opens", weekday: 6, daysAhead: 7 },
      });
      // A range inside the missing hour is simply never reached that day.
      const ghost = week("", "", "", "", "", "", "02:15-02:45");
      expect(openingStatus(ghost, at("2026-03-29T00:59:00Z"))).toMatchObject({
        open: false,
        next: { time: "02:15", daysAhead: 0 },
      });
      expect(openingStatus(ghost, at("2026-03-29T01:00:00Z"))).toMatchObject({
        open: false,
        next: { time: "02:15", daysAhead: 7 },
      });
    });

    it("lives 02:00–03:00 twice in October, open both times", () => {
      const night = week("", "", "", "", "", "", "02:00-03:00");
      expect(openingStatus(night, at("2026-10-25T00:30:00Z"))).toMatchObject({ today: 6, open: true }); // 02:30 CEST
      expect(openingStatus(night, at("2026-10-25T01:30:00Z"))).toMatchObject({ today: 6, open: true }); // 02:30 CET
      expect(openingStatus(night, at("2026-10-25T02:00:00Z"))).toMatchObject({ open: false, next: { daysAhead: 7 } }); // 03:00 CET
    });

    it("opens at the same wall-clock time the morning after each change", () => {
      // Monday 30 March 09:00 is 07:00 UTC (CEST); Monday 26 October 09:00 is 08:00 UTC (CET).
      expect(openingStatus(SHOP, at("2026-03-30T06:59:00Z"))).toMatchObject({
        open: false,
        next: { time: "09:00", daysAhead: 0 },
      });
      expect(openingStatus(SHOP, at("2026-03-30T07:00:00Z")).open).toBe(true);
      expect(openingStatus(SHOP, at("2026-10-26T07:59:00Z")).open).toBe(false);
      expect(openingStatus(SHOP, at("2026-10-26T08:00:00Z")).open).toBe(true);
    });
  });

  it("agrees with the local clock for any hours and any instant (property)", () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => h * 60 + m);
    const pad = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const day = fc
      .array(fc.tuple(time, time), { maxLength: 3 })
      .map((pairs) =>
        pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({ open: pad(Math.min(a, b)), close: pad(Math.max(a, b)) })),
      );
    const toMinutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3));
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 7, maxLength: 7 }),
        fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        (hours, instant) => {
          const status = openingStatus(hours, instant);
          const { weekday, minutes } = localClock(instant);
          expect(status.today).toBe(weekday);
          const inRange = hours[weekday].some(
            (range) => toMinutes(range.open) <= minutes && minutes < toMinutes(range.close),
          );
          expect(status.open).toBe(inRange);
          if (hours.every((ranges) => ranges.length === 0)) expect(status.next).toBeNull();
          if (status.next?.kind === "opens") {
            expect(hours[status.next.weekday].some((range) => range.open === status.next!.time)).toBe(true);
            expect(status.next.weekday).toBe((weekday + status.next.daysAhead) % 7);
            if (status.next.daysAhead === 0) expect(toMinutes(status.next.time)).toBeGreaterThan(minutes);
          }
          if (status.next?.kind === "closes") expect(toMinutes(status.next.time)).toBeGreaterThan(minutes);
        },
      ),
    );
  });
});
