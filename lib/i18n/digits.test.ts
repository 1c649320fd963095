import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toLatinDigits } from "./digits";

describe("toLatinDigits", () => {
  it("reads Persian digits ۰-۹", () => {
    expect(toLatinDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(toLatinDigits("۱۲۳")).toBe("123");
  });

  it("reads Arabic-Indic digits ٠-٩", () => {
    expect(toLatinDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("reads the Arabic decimal mark ٫ as a point and the grouping mark ٬ as a comma", () => {
    expect(toLatinDigits("۱۲٫۵۰")).toBe("12.50");
    expect(toLatinDigits("۱۵۰٬۰۰۰")).toBe("150,000");
  });

  it("leaves Latin digits and any other text alone", () => {
    expect(toLatinDigits("123 abc کتاب")).toBe("123 abc کتاب");
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (!/[\u06f0-\u06f9\u0660-\u066c]/.test(text)) expect(toLatinDigits(text)).toBe(text);
      }),
    );
  });

  it("writes every Persian number as its Latin one", () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(toLatinDigits(n.toLocaleString("fa-IR", { useGrouping: false }))).toBe(String(n));
      }),
    );
  });
});
