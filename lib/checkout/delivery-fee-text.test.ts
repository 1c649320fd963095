import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/catalogues";
import { formatMoney } from "@/lib/money/format-money";
import { deliveryFeeText } from "./delivery-fee-text";

describe("deliveryFeeText", () => {
  const t = getTranslator("fr");
  const money = (amount: number) => formatMoney(amount, "EUR", "fr");

  it("a zero fee reads the same word, never a zero amount", () => {
    expect(deliveryFeeText({ amount: 0 }, money, t)).toBe("Gratuit");
    expect(deliveryFeeText({ amount: 0, postageDue: false }, money, t)).not.toMatch(/0,00/);
  });

  it("an amount is money; postage paid on delivery says so", () => {
    expect(deliveryFeeText({ amount: 690 }, money, t)).toMatch(/^6,90\s€$/);
    expect(deliveryFeeText({ amount: 0, postageDue: true }, money, t)).toBe("Frais de port payés à la livraison");
    expect(deliveryFeeText({ amount: 450, postageDue: true }, money, t)).toMatch(/^4,50\s€$/);
  });

  it("English too", () => {
    expect(deliveryFeeText({ amount: 0 }, money, getTranslator("en"))).toBe("Free");
  });
});
