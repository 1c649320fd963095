import { describe, expect, it } from "vitest";
import fr from "@/lib/i18n/messages/plans.fr.json";
import en from "@/lib/i18n/messages/plans.en.json";
import { termPriceOf } from "./plan-price";
import { TERM_MONTHS } from "./plan-schema";
import { PRESET_KEYS, PRESETS, presetAmount } from "./presets";

const allPlans = PRESET_KEYS.flatMap((key) => PRESETS[key].plans.map((plan) => ({ preset: key, plan })));

describe("presets", () => {
  it("has one entry per key, each with at least one plan", () => {
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_KEYS].sort());
    for (const key of PRESET_KEYS) {
      expect(PRESETS[key].key).toBe(key);
      expect(PRESETS[key].plans.length).toBeGreaterThan(0);
    }
  });

  it("gives every plan a valid, unique code and a name and description in French and English", () => {
    const codes = allPlans.map(({ plan }) => plan.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { preset, plan } of allPlans) {
      expect(plan.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const catalogue of [fr, en]) {
        expect(catalogue.presetPlans[plan.key].name, `${preset}/${plan.key}`).not.toBe("");
        expect(catalogue.presetPlans[plan.key].description).not.toBe("");
      }
    }
    for (const key of PRESET_KEYS) {
      expect(fr.presets[key].title).not.toBe("");
      expect(en.presets[key].title).not.toBe("");
    }
  });

  it("keeps every amount and rate within what the plan form accepts", () => {
    for (const { plan } of allPlans) {
      expect(Number.isSafeInteger(plan.monthlyFeeCents) && plan.monthlyFeeCents >= 0).toBe(true);
      for (const rate of [plan.defaultCommissionBps, ...plan.rules.map((rule) => rule.rateBps)])
        expect(rate >= 0 && rate <= 10_000).toBe(true);
      expect(plan.discountBps >= 0 && plan.discountBps <= 9000).toBe(true);
      const kinds = plan.rules.map((rule) => rule.productKind);
      expect(new Set(kinds).size).toBe(kinds.length);
      if (plan.billing === "FIXED_TERM") {
        expect(TERM_MONTHS).toContain(plan.termMonths);
        expect(plan.defaultCommissionBps).toBe(0);
        expect(plan.rules).toEqual([]);
        expect(plan.commissionFreeSales).toBe(0);
        expect(plan.commissionOnShipping).toBe(false);
      } else {
        expect(plan.termMonths).toBe(1);
        expect(plan.discountBps).toBe(0);
      }
    }
  });

  it("follows the reference models (PRODUCT.md)", () => {
    const [free, subscription] = PRESETS.offline.plans;
    expect(free).toMatchObject({ defaultCommissionBps: 1000, monthlyFeeCents: 0 });
    expect(subscription).toMatchObject({ monthlyFeeCents: 1900, commissionFreeSales: 10 });

    const [jewstore] = PRESETS.jewstore.plans;
    expect(jewstore.defaultCommissionBps).toBe(1000);
    expect(jewstore.paymentFeePassThrough).toBe(true);
    expect(jewstore.rules).toContainEqual({ productKind: "SERVICE", rateBps: 2000 });

    const [training, premium] = PRESETS.subscription.plans;
    expect(training.monthlyFeeCents).toBe(3999);
    expect(premium.premium).toBe(true);
    expect(premium.monthlyFeeCents).toBeGreaterThan(training.monthlyFeeCents);

    const rents = PRESETS.rent.plans;
    expect(rents.map((plan) => plan.termMonths)).toEqual([1, 3, 6, 12]);
    expect(rents.map((plan) => plan.discountBps)).toEqual([0, 500, 1000, 2000]);
    // A longer term never costs more per month.
    const perMonth = rents.map(
      (plan) => termPriceOf({ ...plan, monthlyFeeAmount: plan.monthlyFeeCents }) / plan.termMonths,
    );
    perMonth.slice(1).forEach((price, index) => expect(price).toBeLessThan(perMonth[index]));
  });
});

describe("presetAmount", () => {
  it("keeps euro cents, and the same figure in another currency's major unit", () => {
    expect(presetAmount(3999, "EUR")).toBe(3999);
    expect(presetAmount(3999, "USD")).toBe(3999);
    expect(presetAmount(3999, "JPY")).toBe(40);
    expect(presetAmount(1900, "JPY")).toBe(19);
    expect(presetAmount(1900, "KWD")).toBe(19000);
  });

  it("uses a meaningful amount in rials", () => {
    expect(presetAmount(2000, "IRR")).toBe(2_000_000);
    expect(presetAmount(3999, "IRR")).toBe(4_000_000);
  });
});
