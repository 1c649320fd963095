import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasArabicScript, normalizePersian } from "./normalize-persian";

const ZWNJ = "\u200c";

describe("normalizePersian", () => {
  it("writes Arabic letter forms as the Persian ones", () => {
    expect(normalizePersian("كتاب")).toBe("کتاب");
    expect(normalizePersian("چاي")).toBe("چای");
    expect(normalizePersian("موسيقى")).toBe("موسیقی");
    expect(normalizePersian("خانة")).toBe("خانه");
    expect(normalizePersian("خانۀ")).toBe("خانه");
    expect(normalizePersian("مؤسسه")).toBe("موسسه");
    expect(normalizePersian("أحمد إيران آب ٱلله")).toBe("احمد ایران اب الله");
  });

  it("drops diacritics, tatweel, the hamza above and the lone hamza", () => {
    expect(normalizePersian("کِتاب")).toBe("کتاب");
    expect(normalizePersian("مُحَمَّد")).toBe("محمد");
    expect(normalizePersian("کتـــاب")).toBe("کتاب");
    expect(normalizePersian("خانهٔ")).toBe("خانه");
    expect(normalizePersian("اجزاء")).toBe("اجزا");
  });

  it("joins a word at its ZWNJ and drops other invisible marks", () => {
    expect(normalizePersian(`می${ZWNJ}شود`)).toBe("میشود");
    expect(normalizePersian(`کتاب${ZWNJ}ها`)).toBe("کتابها");
    expect(normalizePersian("کتاب\u200fها\u200b")).toBe("کتابها");
    expect(normalizePersian("می شود")).toBe("می شود");
  });

  it("reads Persian and Arabic-Indic digits as Latin ones", () => {
    expect(normalizePersian("چای ۵۰۰ گرمی")).toBe("چای 500 گرمی");
    expect(normalizePersian("٤٥٫٥")).toBe("45.5");
  });

  it("leaves Latin text alone (French and English search is unchanged)", () => {
    expect(normalizePersian("Crème fraîche n° 3")).toBe("Crème fraîche n° 3");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."كيىةۀؤأإآکیهوا‌ِـ۱٢ a1") }), (text) => {
        expect(normalizePersian(normalizePersian(text))).toBe(normalizePersian(text));
      }),
    );
  });
});

describe("hasArabicScript", () => {
  it("tells Persian text from Latin text", () => {
    expect(hasArabicScript("چای lipton")).toBe(true);
    expect(hasArabicScript("miel de fleurs 500")).toBe(false);
  });
});
