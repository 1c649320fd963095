import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoneyInput, MAX_PRICE_AMOUNT, parseMoney } from "./parse-money";

describe("parseMoney", () => {
  it.each([
    ["12,50", "fr", 1250],
    ["12,5", "fr", 1250],
    ["12", "fr", 1200],
    ["0,99", "fr", 99],
    ["1 234,50", "fr", 123450],
    ["1\u202f234,50 €", "fr", 123450],
    ["1.234,50", "fr", 123450],
    ["12.50", "fr", 1250],
    ["12.50", "en", 1250],
    ["1,234.50", "en", 123450],
    ["€12.50", "en", 1250],
    ["12,50", "en", 1250],
    ["1,234.50", "fr", 123450],
    [" 7 ", "en", 700],
  ])("%s in %s → %i", (input, locale, expected) => {
    expect(parseMoney(input, locale)).toBe(expected);
  });

  it.each(["", "-5", "-0,50", "12,505", "abc", "12,50,3", "1e3", "NaN", "Infinity", "12..5", "1 000 000 000", "0x10"])(
    "refuses %j",
    (input) => {
      expect(parseMoney(input, "fr")).toBeNull();
    },
  );

  it("refuses amounts above the ceiling", () => {
    expect(parseMoney("10000000", "fr")).toBe(MAX_PRICE_AMOUNT);
    expect(parseMoney("10000000,01", "fr")).toBeNull();
    // A currency without a minor unit (the Iranian rial): prices of hundreds of millions of rials.
    expect(parseMoney("185000000", "fa", "IRR")).toBe(185_000_000);
    expect(parseMoney("999999999", "fa", "IRR")).toBe(999_999_999);
    expect(parseMoney("1000000000", "fa", "IRR")).toBe(MAX_PRICE_AMOUNT);
    expect(parseMoney("1000000001", "fa", "IRR")).toBeNull();
  });

  it("uses the currency's decimals (JPY has none)", () => {
    expect(parseMoney("1250", "fr", "JPY")).toBe(1250);
    expect(parseMoney("12,5", "fr", "JPY")).toBeNull();
  });

  it("reads amounts in the currency's minor units (minorUnitsOf)", () => {
    expect(parseMoney("150000", "fr", "IRR")).toBe(150000);
    expect(parseMoney("150 000", "fr", "IRR")).toBe(150000);
    expect(parseMoney("150.000", "fr", "IRR")).toBe(150000);
    expect(parseMoney("150,000", "en", "IRR")).toBe(150000);
    expect(parseMoney("150000 IRR", "en", "IRR")).toBe(150000);
    expect(parseMoney("12,5", "fr", "EUR")).toBe(1250);
    expect(parseMoney("1,5", "fr", "IRR")).toBeNull();
    expect(parseMoney("1.234", "en", "KWD")).toBe(1234);
  });

  it("reads Persian digits and separators", () => {
    expect(parseMoney("۱۵۰٬۰۰۰", "fr", "IRR")).toBe(150000);
    expect(parseMoney("۱۲٫۵۰", "en", "EUR")).toBe(1250);
  });

  it("reads back what formatMoneyInput writes, for any amount and locale", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_PRICE_AMOUNT }), fc.constantFrom("fr", "en"), (amount, locale) => {
        expect(parseMoney(formatMoneyInput(amount, locale), locale)).toBe(amount);
      }),
    );
  });

  it("reads back what formatMoneyInput writes in a currency without decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_PRICE_AMOUNT }), fc.constantFrom("fr", "en"), (amount, locale) => {
        expect(parseMoney(formatMoneyInput(amount, locale, "IRR"), locale, "IRR")).toBe(amount);
      }),
    );
  });
});
