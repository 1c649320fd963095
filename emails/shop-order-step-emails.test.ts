import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";
import { SHOP_ORDER_STEP_SAMPLE as sample, SHOP_ORDER_STEP_SAMPLES } from "./shop-order-step-emails.samples";

describe("the ShopOrder life cycle's e-mails", () => {
  it.each(Object.keys(SHOP_ORDER_STEP_SAMPLES).flatMap((name) => [[name, "fr"] as const, [name, "en"] as const]))(
    "%s in %s names the order and the shop and has no missing words",
    (name, locale) => {
      const email = renderEmail(
        name as keyof typeof SHOP_ORDER_STEP_SAMPLES,
        SHOP_ORDER_STEP_SAMPLES[name as keyof typeof SHOP_ORDER_STEP_SAMPLES],
        locale,
      );
      expect(email.subject).toContain("H-000123");
      expect(email.subject).toContain("Fournil");
      expect(email.text).not.toMatch(/orderLife\.|orders\.|emails\./);
    },
  );

  it("tells the refused shopper why, and how much comes back", () => {
    const fr = renderEmail("order.refused", sample, "fr");
    expect(fr.text).toContain("Rupture de stock");
    expect(fr.text).toMatch(/16,90\s€/);
    const en = renderEmail("order.refused", sample, "en");
    expect(en.text).toContain("€16.90");
  });

  it("gives the pickup code, address and opening hours when the part is ready", () => {
    const email = renderEmail("order.ready-for-pickup", sample, "fr");
    expect(email.text).toContain("042917");
    expect(email.text).toContain("12 rue des Halles, 69001 Lyon");
    expect(email.text).toMatch(/lundi : 09:00–12:30/);
    expect(email.text).toMatch(/mardi : fermé/);
  });

  it("links the carrier's tracking page when the part is shipped", () => {
    const email = renderEmail("order.shipped", { ...sample, deliveryMethod: "POSTAL" }, "en");
    expect(email.text).toContain("Colissimo");
    expect(email.text).toContain("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901");
  });

  it("says who cancelled", () => {
    expect(renderEmail("order.cancelled", { ...sample, by: "SHOPPER" }, "en").text).toContain("as you asked");
    expect(renderEmail("order.cancelled", { ...sample, by: "OPERATOR" }, "en").text).toContain("Halle team");
  });
});
