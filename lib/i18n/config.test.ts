import { describe, expect, it } from "vitest";
import { resolveLocale } from "./config";

describe("resolveLocale", () => {
  const both = { defaultLocale: "fr", locales: ["fr", "en"] } as const;
  const englishOnly = { defaultLocale: "en", locales: ["en"] } as const;

  it("keeps a chosen language the marketplace offers", () => {
    expect(resolveLocale("en", both)).toBe("en");
  });

  it.each([undefined, "", "de", "EN", 42])("falls back to the default for %j", (chosen) => {
    expect(resolveLocale(chosen, both)).toBe("fr");
  });

  it("falls back to the default for a language no longer offered", () => {
    expect(resolveLocale("fr", englishOnly)).toBe("en");
  });
});
