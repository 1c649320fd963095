import { describe, expect, it } from "vitest";
import { formatMoney } from "./format-money";

// Intl uses narrow no-break spaces in French; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("formats euro cents in French", () => {
    expect(plain(formatMoney(1250, "EUR", "fr"))).toBe("12,50 €");
    expect(plain(formatMoney(123456789, "EUR", "fr"))).toBe("1 234 567,89 €");
  });

  it("formats euro cents in English", () => {
    expect(formatMoney(1250, "EUR", "en")).toBe("€12.50");
    expect(formatMoney(5, "EUR", "en")).toBe("€0.05");
  });

  it("formats zero and negative amounts", () => {
    expect(plain(formatMoney(0, "EUR", "fr"))).toBe("0,00 €");
    expect(formatMoney(-499, "USD", "en")).toBe("-$4.99");
  });

  it("respects currencies without minor units", () => {
    expect(formatMoney(1500, "JPY", "en")).toBe("¥1,500");
  });

  it("divides by the currency's minor units whatever the locale", () => {
    expect(plain(formatMoney(150000, "IRR", "fr"))).toBe("150 000 IRR");
    expect(plain(formatMoney(150000, "IRR", "en"))).toBe("IRR 150,000");
    expect(plain(formatMoney(1234, "KWD", "en"))).toBe("KWD 1.234");
  });

  it("refuses a non-integer amount", () => {
    expect(() => formatMoney(12.5, "EUR", "fr")).toThrow(RangeError);
  });
});
