import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/catalogues";
import { chargedNote, orderTotalLabelKey, testPaymentWords } from "./payment-wording";

// Capture on acceptance (docs/domain.md, capture): the shopper's money is only authorized at
// checkout, so the test payment page and the totals say so instead of "pay" and "paid".

describe("testPaymentWords", () => {
  it("a charge at checkout: Payer …", () => {
    const words = testPaymentWords("AT_CHECKOUT");
    expect(getTranslator("fr")(words.submit, { amount: "43,90 €" })).toBe("Payer 43,90 €");
    expect(words.intro).toBeNull();
  });

  it("capture on acceptance: Autoriser …, and what an authorization is, in French and English", () => {
    const words = testPaymentWords("ON_ACCEPTANCE");
    const fr = getTranslator("fr");
    const en = getTranslator("en");
    expect(fr(words.submit, { amount: "43,90 €" })).toBe("Autoriser 43,90 €");
    expect(en(words.submit, { amount: "€43.90" })).toBe("Authorize €43.90");
    expect(fr(words.title, { number: "H-1" })).toMatch(/^Autorisation/);
    expect(fr(words.intro!)).toMatch(/rien n'est débité maintenant/);
    expect(en(words.intro!)).toMatch(/nothing is charged now/);
    for (const key of Object.values(words)) expect(fr(key!, { number: "1", amount: "1" })).not.toMatch(/payer|payé/i);
  });
});

describe("orderTotalLabelKey", () => {
  it("to pay, then paid, when charged at checkout", () => {
    expect(orderTotalLabelKey({ captureMode: "AT_CHECKOUT", payment: "NONE" }, false)).toBe("orders.totals.totalDue");
    expect(orderTotalLabelKey({ captureMode: "AT_CHECKOUT", payment: "CHARGED" }, true)).toBe("orders.totals.total");
  });

  it("to authorize, then authorized until captured, on acceptance", () => {
    const fr = getTranslator("fr");
    expect(fr(orderTotalLabelKey({ captureMode: "ON_ACCEPTANCE", payment: "NONE" }, false))).toBe(
      "Montant à autoriser",
    );
    expect(fr(orderTotalLabelKey({ captureMode: "ON_ACCEPTANCE", payment: "AUTHORIZED" }, true))).toMatch(
      /^Montant autorisé/,
    );
    expect(orderTotalLabelKey({ captureMode: "ON_ACCEPTANCE", payment: "CAPTURED" }, true)).toBe("orders.totals.total");
  });
});

describe("chargedNote", () => {
  const fr = getTranslator("fr");
  it("once captured for the accepted parts only, says what was charged", () => {
    const note = chargedNote({ payment: "CAPTURED", totalAmount: 4390, capturedAmount: 2500 });
    expect(note).toEqual({ key: "payments.totals.captured", amount: 2500 });
    expect(fr(note!.key, { amount: "25,00 €" })).toMatch(/^Débité : 25,00 €/);
  });
  it("released: nothing was charged", () => {
    expect(chargedNote({ payment: "RELEASED", totalAmount: 4390, capturedAmount: null })?.key).toBe(
      "payments.totals.released",
    );
  });
  it("nothing to add when the whole total was charged, or for a charge at checkout", () => {
    expect(chargedNote({ payment: "CAPTURED", totalAmount: 4390, capturedAmount: 4390 })).toBeNull();
    expect(chargedNote({ payment: "CHARGED", totalAmount: 4390, capturedAmount: null })).toBeNull();
    expect(chargedNote({ payment: "AUTHORIZED", totalAmount: 4390, capturedAmount: null })).toBeNull();
  });
});
