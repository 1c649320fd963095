import { describe, expect, it } from "vitest";
import { openingHoursSchema } from "@/lib/shops/opening-hours";
import { readOpeningHoursForm } from "./opening-hours-form";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("readOpeningHoursForm", () => {
  it("reads ranges per day, skips empty ranges, and a closed day wins over its ranges", () => {
    const hours = readOpeningHoursForm(
      form({
        "hours.0.0.open": "09:00",
        "hours.0.0.close": "12:30",
        "hours.0.1.open": "",
        "hours.0.1.close": "",
        "hours.0.2.open": "14:00",
        "hours.0.2.close": "19:00",
        "hours.6.closed": "on",
        "hours.6.0.open": "10:00",
        "hours.6.0.close": "12:00",
      }),
    );
    expect(hours).toEqual([
      [
        { open: "09:00", close: "12:30" },
        { open: "14:00", close: "19:00" },
      ],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(openingHoursSchema.safeParse(hours).success).toBe(true);
  });

  it("keeps a half-filled range so the schema points at the missing time", () => {
    const hours = readOpeningHoursForm(form({ "hours.2.0.open": "09:00" }));
    expect(hours[2]).toEqual([{ open: "09:00", close: "" }]);
    const parsed = openingHoursSchema.safeParse(hours);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual([2, 0, "close"]);
  });
});
