import { describe, expect, it } from "vitest";
import { businessBuyerSchema, normalizeVatNumber } from "./business-buyer-schema";

const parse = (input: Record<string, unknown>) => businessBuyerSchema.safeParse(input);
const errors = (input: Record<string, unknown>) => {
  const result = parse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the business buyer form", () => {
  it("keeps the company's name and a normalized VAT number when ticked", () => {
    expect(parse({ isBusiness: "on", companyName: " Atelier Dupont ", vatNumber: "fr 12.345-678901" }).data).toEqual({
      isBusiness: true,
      companyName: "Atelier Dupont",
      vatNumber: "FR12345678901",
    });
  });

  it("forgets both when not ticked", () => {
    expect(parse({ companyName: "Atelier", vatNumber: "junk" }).data).toEqual({
      isBusiness: false,
      companyName: null,
      vatNumber: null,
    });
  });

  it("requires both when ticked", () => {
    expect(errors({ isBusiness: true })).toEqual({
      companyName: "orders.business.errors.companyNameRequired",
      vatNumber: "orders.business.errors.vatNumberRequired",
    });
  });

  it.each(["F1234", "FR1", "FR12345678901234", "12FR3456", "FR12_34"])("refuses the VAT number %s", (vatNumber) => {
    expect(errors({ isBusiness: "on", companyName: "A", vatNumber })).toEqual({
      vatNumber: "orders.business.errors.vatNumberInvalid",
    });
  });

  it.each(["FR12345678901", "DE123456789", "BE0123456789", "ATU12345678", "NL123456789B01"])(
    "accepts the VAT number %s",
    (vatNumber) => {
      expect(parse({ isBusiness: "on", companyName: "A", vatNumber }).success).toBe(true);
    },
  );

  it("normalizes spaces, dots, dashes and case", () => {
    expect(normalizeVatNumber(" be 0123.456.789 ")).toBe("BE0123456789");
  });
});
