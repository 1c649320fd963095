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
});
