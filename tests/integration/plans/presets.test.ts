import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { applyPreset } from "@/lib/plans/apply-preset";
import { listOfferedPlans } from "@/lib/plans/offered-plans";
import { archivePlan } from "@/lib/plans/set-plan-active";
import { createUser, refusal } from "../sellers/fixtures";
import { lastAudit, plansSnapshot, setMarketplace } from "./plan-fixtures";

let operator: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
});

beforeEach(async () => {
  await getDb().commissionRule.deleteMany();
  await getDb().plan.deleteMany();
  await setMarketplace({ currency: "EUR", defaultLocale: "fr" });
});

describe("applyPreset", () => {
  it("creates the jewstore plan: 10 % on products, 20 % on services, payment fee passed on, audited", async () => {
    const result = await applyPreset(operator, { preset: "jewstore" });
    expect(result.applied).toBe(true);
    const [plan] = await listOfferedPlans();
    expect(plan).toMatchObject({
      code: "products-and-services",
      name: "Produits et services",
      currency: "EUR",
      presetKey: "jewstore",
      defaultCommissionBps: 1000,
      paymentFeePassThrough: true,
      monthlyFeeAmount: 0,
    });
    expect(plan.rules.map(({ productKind, categoryId, rateBps }) => ({ productKind, categoryId, rateBps }))).toEqual(
      expect.arrayContaining([
        { productKind: "SERVICE", categoryId: null, rateBps: 2000 },
        { productKind: "DIGITAL", categoryId: null, rateBps: 1000 },
      ]),
    );
    const audit = await lastAudit("plans.preset_applied");
    expect(audit).toMatchObject({ actorId: operator.id, data: { preset: "jewstore", planIds: result.planIds } });
  });

  it("is idempotent: a second application creates nothing and says so", async () => {
    const first = await applyPreset(operator, { preset: "offline" });
    const before = await plansSnapshot();
    const second = await applyPreset(operator, { preset: "offline" });
    expect(second).toEqual({ applied: false, preset: "offline", planIds: first.planIds });
    expect(await plansSnapshot()).toEqual(before);
  });

  it("creates once when applied twice at the same time", async () => {
    const results = await Promise.all([
      applyPreset(operator, { preset: "subscription" }),
      applyPreset(operator, { preset: "subscription" }),
    ]);
    expect(results.filter((result) => result.applied)).toHaveLength(1);
    expect(await getDb().plan.count({ where: { presetKey: "subscription" } })).toBe(2);
  });

  it("creates the offline, subscription and rent models, in order after the existing plans", async () => {
    await applyPreset(operator, { preset: "offline" });
    await applyPreset(operator, { preset: "subscription" });
    await applyPreset(operator, { preset: "rent" });
    const offered = await listOfferedPlans();
    expect(
      offered.map((plan) => [
        plan.code,
        plan.billing,
        plan.monthlyFeeAmount,
        plan.defaultCommissionBps,
        plan.termPriceAmount,
      ]),
    ).toEqual([
      ["free", "MONTHLY", 0, 1000, 0],
      ["subscription", "MONTHLY", 1900, 500, 1900],
      ["monthly-subscription", "MONTHLY", 3999, 1000, 3999],
      ["monthly-premium", "MONTHLY", 7999, 1000, 7999],
      ["rent-1-months", "FIXED_TERM", 2000, 0, 2000],
      ["rent-3-months", "FIXED_TERM", 2000, 0, 5700],
      ["rent-6-months", "FIXED_TERM", 2000, 0, 10800],
      ["rent-12-months", "FIXED_TERM", 2000, 0, 19200],
    ]);
    expect(offered.find((plan) => plan.code === "subscription")?.commissionFreeSales).toBe(10);
    expect(offered.find((plan) => plan.code === "monthly-premium")?.premium).toBe(true);
    expect(offered.filter((plan) => plan.billing === "FIXED_TERM").every((plan) => plan.rules.length === 0)).toBe(true);
  });

  it("applies again once its plans are archived, with codes that stay unique", async () => {
    const first = await applyPreset(operator, { preset: "jewstore" });
    await archivePlan(operator, first.planIds[0]);
    const second = await applyPreset(operator, { preset: "jewstore" });
    expect(second.applied).toBe(true);
    const plan = await getDb().plan.findUniqueOrThrow({ where: { id: second.planIds[0] } });
    expect(plan.code).toBe("products-and-services-2");
  });

  it("writes amounts in the marketplace's currency and names in its language", async () => {
    await setMarketplace({ currency: "IRR", defaultLocale: "en" });
    await applyPreset(operator, { preset: "rent" });
    const [oneMonth] = await listOfferedPlans();
    expect(oneMonth).toMatchObject({ currency: "IRR", monthlyFeeAmount: 2_000_000, name: "1-month rent" });

    await setMarketplace({ currency: "JPY" });
    await applyPreset(operator, { preset: "subscription" });
    const training = (await listOfferedPlans()).find((plan) => plan.presetKey === "subscription");
    expect(training).toMatchObject({ currency: "JPY", monthlyFeeAmount: 40 });
  });

  it("refuses an unknown preset, writing nothing", async () => {
    const before = await plansSnapshot();
    const error = await refusal(applyPreset(operator, { preset: "karkareh" }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { preset: "plans.errors.presetUnknown" } });
    expect(await plansSnapshot()).toEqual(before);
  });
});
