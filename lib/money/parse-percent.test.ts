import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPercentInput, parsePercent } from "./parse-percent";

describe("parsePercent", () => {
  it.each([
    ["1,5 %", 150],
    ["1,5%", 150],
    ["1.5", 150],
    ["10", 1000],
    ["0", 0],
    ["0,25", 25],
    ["7 %", 700],
    ["100", 10000],
    [" 20,00 % ", 2000],
    ["3.", 300],
    ["۱٫۵ ٪", 150],
    ["٧", 700],
  ])("%j → %i bps", (input, bps) => {
    expect(parsePercent(input)).toBe(bps);
  });

  it.each(["", "%", "-1", "1,255", "abc", "1e2", "100,01", "1000", "1,5,0", "0x10", "1 5", "۱٫۲۵۵", "۱ ۵"])(
    "refuses %j",
    (input) => {
      expect(parsePercent(input)).toBeNull();
    },
  );
});

describe("formatPercentInput", () => {
  it.each([
    [150, "fr", "1,5"],
    [150, "en", "1.5"],
    [1000, "fr", "10"],
    [25, "en", "0.25"],
    [0, "fr", "0"],
  ])("%i bps in %s → %j", (bps, locale, text) => {
    expect(formatPercentInput(bps, locale)).toBe(text);
  });

  it("reads back what it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom("fr", "en"), (bps, locale) => {
        expect(parsePercent(formatPercentInput(bps, locale))).toBe(bps);
      }),
    );
  });
});
