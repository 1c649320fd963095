import { describe, expect, it } from "vitest";
import { formatCount, formatRatingChoice } from "./format-count";

// The cached formatters say exactly what a new Intl.NumberFormat says, whatever the order of the
// locales asked (docs/i18n.md, numbers in Persian).
describe("search page number formatters", () => {
  it("formats counts in the viewer's locale, French then Persian then French again", () => {
    expect(formatCount(1377, "fr")).toBe(new Intl.NumberFormat("fr").format(1377));
    expect(formatCount(1377, "fa")).toBe(new Intl.NumberFormat("fa").format(1377));
    expect(formatCount(12, "fr")).toBe("12");
    expect(formatCount(1377, "en")).toBe("1,377");
  });

  it("formats a rating choice with at most one decimal", () => {
    expect(formatRatingChoice(4.5, "fr")).toBe("4,5");
    expect(formatRatingChoice(4, "en")).toBe("4");
    expect(formatRatingChoice(4.5, "fa")).toBe(new Intl.NumberFormat("fa", { maximumFractionDigits: 1 }).format(4.5));
  });
});
