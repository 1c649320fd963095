import { describe, expect, it } from "vitest";
import { acceptedLanguages, negotiateLocale } from "@/lib/api/request-locale";

// docs/api.md, languages: ?lang, else Accept-Language, among the languages the marketplace offers.
const all = { defaultLocale: "fr", locales: ["fr", "en", "fa"] } as const;
const frenchOnly = { defaultLocale: "fr", locales: ["fr"] } as const;

describe("negotiateLocale", () => {
  it("takes ?lang when offered", () => {
    expect(negotiateLocale("fa", "en", all)).toBe("fa");
    expect(negotiateLocale("en", null, frenchOnly)).toBe("fr");
  });

  it("else the best language of Accept-Language that is offered", () => {
    expect(negotiateLocale(null, "de-DE, en-GB;q=0.8, fa;q=0.9", all)).toBe("fa");
    expect(negotiateLocale(null, "de, en;q=0.5", all)).toBe("en");
    expect(negotiateLocale("xx", "EN-us", all)).toBe("en");
    expect(negotiateLocale(null, "en, fa", frenchOnly)).toBe("fr");
  });

  it("else the marketplace's default, whatever the header holds", () => {
    for (const header of [null, "", "*", "en;q=0", ";;;,,,", "q=1", "\u0000", "en;q=abc"]) {
      expect(negotiateLocale(undefined, header, { defaultLocale: "fa", locales: ["fa", "en"] }), String(header)).toBe(
        "fa",
      );
    }
  });
});

describe("acceptedLanguages", () => {
  it("orders by weight, keeps the header's order on ties, drops * and q=0", () => {
    expect(acceptedLanguages("fr-FR,fr;q=0.9,en;q=0.9,*;q=0.1,de;q=0")).toEqual(["fr", "fr", "en"]);
  });
});
