import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";
import { ESCALATION_DECIDED_SAMPLE as decided } from "./return-emails.samples";
import { SHOP_ORDER_STEP_SAMPLES } from "./shop-order-step-emails.samples";

describe("the return and escalation e-mails", () => {
  it("gives the shopper the shop's return instructions", () => {
    const email = renderEmail("order.return-accepted", SHOP_ORDER_STEP_SAMPLES["order.return-accepted"], "fr");
    expect(email.text).toContain("Renvoyez le colis à la boutique");
  });

  it("tells the shop what kind of return is asked for, and why", () => {
    const email = renderEmail(
      "order.return-requested-shop",
      SHOP_ORDER_STEP_SAMPLES["order.return-requested-shop"],
      "en",
    );
    expect(email.text).toContain("damaged, wrong or missing");
    expect(email.text).toContain("Rupture de stock");
  });

  it("tells the refused shopper they may escalate", () => {
    const email = renderEmail("order.return-refused", SHOP_ORDER_STEP_SAMPLES["order.return-refused"], "en");
    expect(email.text).toContain("take it to the marketplace");
  });

  it.each(["REFUND_ALL", "REFUND_PART", "SIDE_WITH_VENDOR"] as const)(
    "words the %s decision for the shopper and the shop, with the note",
    (decision) => {
      for (const locale of ["fr", "en"] as const) {
        for (const template of ["order.escalation-decided", "order.escalation-decided-shop"] as const) {
          const email = renderEmail(template, { ...decided, decision }, locale);
          expect(email.subject).toContain("H-000123");
          expect(email.text).toContain("Le bol est arrivé ébréché");
          expect(email.text).not.toMatch(/orders\.|emails\./);
          if (decision !== "SIDE_WITH_VENDOR") expect(email.text).toMatch(/12[,.]50/);
        }
      }
    },
  );
});
