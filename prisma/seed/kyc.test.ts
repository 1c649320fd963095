import { describe, expect, it } from "vitest";
import { isValidIban } from "../../lib/payouts/iban";
import { demoIban, demoIdentityPdf, demoRegistrationNumber } from "./kyc";

describe("demo KYC data", () => {
  it("gives every shop a valid, distinct French IBAN", () => {
    const ibans = ["le-fournil-colbert", "librairie-la-corderie", "brulerie-du-quai", "a", "b"].map(demoIban);
    for (const iban of ibans) {
      expect(iban).toMatch(/^FR\d{25}$/);
      expect(isValidIban(iban)).toBe(true);
    }
    expect(new Set(ibans).size).toBe(ibans.length);
  });

  it("writes SIRET-shaped numbers and a PDF that starts with the PDF signature", () => {
    expect(demoRegistrationNumber("x")).toMatch(/^\d{14}$/);
    const pdf = demoIdentityPdf("Léa Martin");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("Lea Martin");
  });
});
