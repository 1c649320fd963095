import { z } from "zod";

// Shop.openingHours: seven days, Monday first; each day a list of ranges ("09:00"–"12:30"),
// an empty list when closed. Times are the shop's local time (Europe/Paris by default).
export type TimeRange = { open: string; close: string };
export type OpeningHours = TimeRange[][];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "onboarding.errors.timeInvalid");

export const timeRangeSchema = z
  .object({ open: time, close: time })
  .refine((range) => range.open < range.close, { message: "onboarding.errors.timeOrder", path: ["close"] });

export const openingHoursSchema = z
  .array(z.array(timeRangeSchema).max(4))
  .length(7)
  .superRefine((days, context) => {
    days.forEach((ranges, day) => {
      const sorted = [...ranges].sort((a, b) => a.open.localeCompare(b.open));
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].open < sorted[i - 1].close) {
          context.addIssue({ code: "custom", message: "onboarding.errors.timeOverlap", path: [day] });
          return;
        }
      }
    });
  });

export const CLOSED_ALL_WEEK: OpeningHours = [[], [], [], [], [], [], []];

/** Reads the stored JSON leniently: anything malformed counts as "hours not given". */
export function readOpeningHours(value: unknown): OpeningHours {
  const parsed = openingHoursSchema.safeParse(value);
  return parsed.success ? parsed.data : CLOSED_ALL_WEEK;
}
