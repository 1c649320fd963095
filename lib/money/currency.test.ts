import { describe, expect, it } from "vitest";
import { isKnownCurrency, knownCurrencies, minorUnitsOf } from "./currency";

describe("minorUnitsOf", () => {
  it.each([
    ["EUR", 2],
    ["USD", 2],
    ["IRR", 0],
    ["JPY", 0],
    ["KWD", 3],
  ])("%s has %i decimals", (currency, digits) => {
    expect(minorUnitsOf(currency)).toBe(digits);
  });
});

describe("isKnownCurrency", () => {
  it("knows ISO 4217 codes", () => {
    expect(isKnownCurrency("EUR")).toBe(true);
    expect(isKnownCurrency("IRR")).toBe(true);
  });

  it.each(["eur", "EURO", "XYZ", "", "E1R"])("refuses %j", (code) => {
    expect(isKnownCurrency(code)).toBe(false);
  });

  it("lists the known currencies sorted", () => {
    const list = knownCurrencies();
    expect(list).toContain("EUR");
    expect(list).toEqual([...list].sort());
  });
});
