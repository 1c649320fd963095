import { describe, expect, it } from "vitest";
import { createTranslator, type MessageKey } from "./translate";

const fr = { shop: { tradeInCity: "{trade} · {city}" }, app: { name: "Halle", tagline: "En ligne" } };
const en = { app: { name: "Halle", tagline: "Online" } };

describe("createTranslator", () => {
  it("returns the message for a nested key", () => {
    expect(createTranslator(en, fr)("app.tagline")).toBe("Online");
  });

  it("interpolates named values, numbers included", () => {
    const t = createTranslator(fr);
    expect(t("shop.tradeInCity", { trade: "Boulangerie", city: "Saintes" })).toBe("Boulangerie · Saintes");
    expect(t("shop.tradeInCity", { trade: "Atelier", city: 17 })).toBe("Atelier · 17");
  });

  it("leaves a placeholder without a value untouched", () => {
    expect(createTranslator(fr)("shop.tradeInCity", { trade: "Cave" })).toBe("Cave · {city}");
  });

  it("does not interpret replacement patterns in values", () => {
    expect(createTranslator(fr)("shop.tradeInCity", { trade: "$&", city: "$1" })).toBe("$& · $1");
  });

  it("falls back to the reference catalogue, then to the key", () => {
    const t = createTranslator(en, fr);
    expect(t("shop.tradeInCity", { trade: "Cave", city: "Royan" })).toBe("Cave · Royan");
    expect(t("nothing.here" as MessageKey)).toBe("nothing.here");
  });

  it("never returns a subtree as a message", () => {
    expect(createTranslator(fr)("app" as MessageKey)).toBe("app");
  });

  it("chooses plural forms by the locale's rules, '#' in the locale's digits", () => {
    const items = { cart: { count: "{count, plural, =0 {Panier vide} one {# article} other {# articles}}" } };
    const t = createTranslator(items, undefined, "fr");
    expect(t("cart.count" as MessageKey, { count: 0 })).toBe("Panier vide");
    expect(t("cart.count" as MessageKey, { count: 1 })).toBe("1 article");
    expect(t("cart.count" as MessageKey, { count: 1.5 })).toBe("1,5 article");
    expect(t("cart.count" as MessageKey, { count: 12 })).toBe("12 articles");
    const fa = createTranslator({ cart: { count: "{count, plural, one {# کالا} other {# کالا}}" } }, undefined, "fa");
    expect(fa("cart.count" as MessageKey, { count: 12 })).toBe("۱۲ کالا");
  });

  it("selects a branch, nested placeholders filled, and writes numbers in Persian digits", () => {
    const messages = { order: { by: "{role, select, vendor {Le vendeur {name}} other {Vous}} · n° {number}" } };
    expect(
      createTranslator(
        messages,
        undefined,
        "fr",
      )("order.by" as MessageKey, { role: "vendor", name: "Ali", number: 2026 }),
    ).toBe("Le vendeur Ali · n° 2026");
    expect(createTranslator(messages, undefined, "fa")("order.by" as MessageKey, { role: "x", number: 2026 })).toBe(
      "Vous · n° ۲۰۲۶",
    );
  });

  it("isolates Latin values inside a right-to-left message, and only there", () => {
    const messages = { order: { title: "سفارش {number} برای {name}", phone: "تلفن: {phone}" } };
    const fa = createTranslator(messages, undefined, "fa");
    expect(fa("order.title" as MessageKey, { number: "H-2026-AB12", name: "مریم" })).toBe(
      "سفارش \u2068H-2026-AB12\u2069 برای مریم",
    );
    expect(fa("order.phone" as MessageKey, { phone: "+33 5 46 99 12 34" })).toBe("تلفن: \u2068+33 5 46 99 12 34\u2069");
    // A number is written in Persian digits, which need no isolation.
    expect(fa("order.title" as MessageKey, { number: 12, name: "Ali" })).toBe("سفارش ۱۲ برای \u2068Ali\u2069");
    expect(createTranslator(messages, undefined, "fr")("order.phone" as MessageKey, { phone: "05 46" })).toBe(
      "تلفن: 05 46",
    );
  });

  it("keeps a malformed form as written", () => {
    const t = createTranslator({ a: { b: "{count, plural, one {x}} and {" } }, undefined, "fr");
    expect(t("a.b" as MessageKey, { count: 2 })).toBe("{count, plural, one {x}} and {");
  });
});
