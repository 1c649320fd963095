import type { OpeningHours } from "./opening-hours";

// Whether a shop is open at a given instant, and when that changes. Opening hours are wall-clock
// times in the shop's time zone, so we read the instant's local weekday and time with Intl (which
// knows the zone's DST rules) and compare wall-clock minutes: no date arithmetic across DST.

export const DEFAULT_SHOP_TIME_ZONE = "Europe/Paris";

/** Monday 0 … Sunday 6. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type OpeningChange = {
  kind: "opens" | "closes";
  /** local weekday of the change */
  weekday: Weekday;
  /** local wall-clock time, "HH:MM" */
  time: string;
  /** 0 today, 1 tomorrow, … 7 the same weekday next week */
  daysAhead: number;
};

export type OpeningStatus = {
  today: Weekday;
  open: boolean;
  /** null when the shop never opens (no hours given, or closed all week) */
  next: OpeningChange | null;
};

const WEEKDAYS: Record<string, Weekday> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

const clocks = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone, kept: a shop list asks for every shop's local time. */
function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    clocks.set(timeZone, format);
  }
  return format;
}

/** The local weekday (Monday 0) and minutes since local midnight of an instant in a time zone. */
export function localClock(at: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): { weekday: Weekday; minutes: number } {
  const parts = clockFormat(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = WEEKDAYS[part("weekday")];
  if (weekday === undefined) throw new Error(`unexpected weekday "${part("weekday")}"`);
  // Some engines print midnight as "24" even with h23; it is 0 minutes past midnight.
  const hour = Number(part("hour")) % 24;
  return { weekday, minutes: hour * 60 + Number(part("minute")) };
}

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function sortedRanges(hours: OpeningHours, weekday: number) {
  return [...(hours[weekday] ?? [])].sort((a, b) => toMinutes(a.open) - toMinutes(b.open));
}

export function openingStatus(hours: OpeningHours, at: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): OpeningStatus {
  const { weekday: today, minutes: now } = localClock(at, timeZone);
  const todays = sortedRanges(hours, today);

  const current = todays.find((range) => toMinutes(range.open) <= now && now < toMinutes(range.close));
  if (current) {
    return { today, open: true, next: { kind: "closes", weekday: today, time: current.close, daysAhead: 0 } };
  }

  const laterToday = todays.find((range) => toMinutes(range.open) > now);
  if (laterToday) {
    return { today, open: false, next: { kind: "opens", weekday: today, time: laterToday.open, daysAhead: 0 } };
  }

  // The following days, up to the same weekday next week (a shop open only on Mondays, seen on a
  // Monday evening, opens in seven days).
  for (let daysAhead = 1; daysAhead <= 7; daysAhead++) {
    const weekday = ((today + daysAhead) % 7) as Weekday;
    const first = sortedRanges(hours, weekday)[0];
    if (first) return { today, open: false, next: { kind: "opens", weekday, time: first.open, daysAhead } };
  }
  return { today, open: false, next: null };
}
