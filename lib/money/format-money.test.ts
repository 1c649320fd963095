import { describe, expect, it } from "vitest";
import { afterEach } from "vitest";
import { recordTomanDisplay } from "./display-unit";
import { formatMoney, formatToman } from "./format-money";

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

  describe("the Iranian rial", () => {
    afterEach(() => recordTomanDisplay(false));

    it("is written in Persian digits with the rial's sign in Persian", () => {
      expect(plain(formatMoney(1_500_000, "IRR", "fa"))).toMatch(/^\u200e?ریال ۱٬۵۰۰٬۰۰۰$/);
    });

    it("shows toman (rial ÷ 10) when the marketplace says so, other currencies untouched", () => {
      recordTomanDisplay(true);
      expect(plain(formatMoney(1_500_000, "IRR", "fa"))).toBe("۱۵۰٬۰۰۰ تومان");
      expect(plain(formatMoney(1_500_000, "IRR", "en"))).toBe("150,000 toman");
      expect(plain(formatMoney(1250, "EUR", "fr"))).toBe("12,50 €");
      recordTomanDisplay(false);
      expect(plain(formatMoney(1_500_000, "IRR", "en"))).toBe("IRR 1,500,000");
    });

    it("keeps a rial short of ten as a tenth of a toman, never rounding money away", () => {
      expect(plain(formatToman(1_250_005, "fa"))).toBe("۱۲۵٬۰۰۰٫۵ تومان");
      expect(plain(formatToman(-40, "en"))).toBe("-4 toman");
    });
  });
});
