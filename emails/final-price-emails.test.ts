import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";
import { SHOP_ORDER_STEP_SAMPLE } from "./shop-order-step-emails.samples";

// The shopper's e-mail of the step where the goods leave shows each estimated line's estimate and
// final price, and the difference refunded or settled at the counter (docs/domain.md, estimated prices).

const priced = {
  ...SHOP_ORDER_STEP_SAMPLE,
  status: "DELIVERED",
  refundAmount: null,
  finalPrices: [{ title: "Comté 18 mois", estimatedAmount: 1200, finalAmount: 1290 }],
  settleAmount: 90,
};

describe("final prices in the step e-mails", () => {
  it("handed over: the final price beside the estimate, and what is settled at the counter", () => {
    const fr = renderEmail("order.handed-over", priced, "fr").text;
    expect(fr).toMatch(/Comté 18 mois : 12,90\s€ \(estimé 12,00\s€\)/);
    expect(fr).toMatch(/À régler au retrait : 0,90\s€/);
    expect(fr).not.toContain("Différence remboursée");
    const en = renderEmail("order.handed-over", priced, "en").text;
    expect(en).toMatch(/Comté 18 mois: €12\.90 \(estimated €12\.00\)/);
    expect(en).toMatch(/To settle at handover: €0\.90/);
  });

  it("shipped and made available: the difference refunded", () => {
    const lower = {
      ...priced,
      settleAmount: null,
      refundAmount: 150,
      finalPrices: [{ ...priced.finalPrices[0], finalAmount: 1050 }],
    };
    for (const template of ["order.shipped", "order.made-available"] as const) {
      const text = renderEmail(template, lower, "fr").text;
      expect(text).toMatch(/Comté 18 mois : 10,50\s€ \(estimé 12,00\s€\)/);
      expect(text).toMatch(/Différence remboursée : 1,50\s€/);
    }
  });

  it("says nothing of prices when no line was estimated", () => {
    const text = renderEmail("order.handed-over", { ...SHOP_ORDER_STEP_SAMPLE, refundAmount: null }, "fr").text;
    expect(text).not.toContain("Prix définitifs");
    expect(text).not.toContain("À régler");
  });
});
