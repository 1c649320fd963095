// Step 6 of onboarding: choosing among the plans offered (docs/business-models.md, subscriptions and billing).
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getShopPlan } from "@/lib/onboarding/get-shop-plan";
import { saveShopPlan } from "@/lib/onboarding/save-shop-plan";
import { createShop, createUser, refusal, snapshot } from "./last-steps-fixtures";

let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;
let standard: string;
let premium: string;
let rent: string;
let archived: string;

async function plan(data: Partial<Prisma.PlanUncheckedCreateInput> & { name: string }): Promise<string> {
  const created = await getDb().plan.create({
    data: { code: `plan-${randomBytes(3).toString("hex")}`, ...data },
    select: { id: true },
  });
  return created.id;
}

// Everyone but the owner, and the refusal each gets.
const OUTSIDERS: [string, () => Actor | null, string][] = [
  ["signed out", () => null, "UNAUTHENTICATED"],
  ["a shopper", () => shopper, "FORBIDDEN"],
  ["an operator", () => operator, "FORBIDDEN"],
  ["another shop's vendor", () => otherVendor, "NOT_FOUND"],
];

beforeAll(async () => {
  vendor = await createUser("VENDOR", "Léa Dubois");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
  // Offered in position order: premium first, then standard, then the rent plan; one archived.
  premium = await plan({
    name: "Premium",
    position: 0,
    monthlyFeeAmount: 3999,
    defaultCommissionBps: 500,
    premium: true,
  });
  standard = await plan({
    name: "Standard",
    position: 1,
    defaultCommissionBps: 1000,
    commissionRules: { create: [{ productKind: "SERVICE", rateBps: 2000 }] },
  });
  rent = await plan({
    name: "Location 3 mois",
    position: 2,
    billing: "FIXED_TERM",
    monthlyFeeAmount: 2000,
    termMonths: 3,
  });
  archived = await plan({ name: "Ancienne formule", position: 3, defaultCommissionBps: 1500, active: false });
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, defaultPlanId: standard },
    update: { defaultPlanId: standard },
  });
});

beforeEach(async () => {
  await getDb().auditLog.deleteMany();
});

describe("getShopPlan", () => {
  it("offers the active plans in the operator's order, the marketplace's default pre-selected", async () => {
    const shop = await createShop(vendor.id);
    const step = await getShopPlan(vendor, shop.id);
    expect(step.plans.map((p) => p.name)).toEqual(["Premium", "Standard", "Location 3 mois"]);
    expect(step).toMatchObject({
      selectedPlanId: standard,
      defaultPlanId: standard,
      currentPlan: null,
      choosable: true,
    });
    // every rate is there for <PlanRates>: the service rule, the rent term's price
    expect(step.plans.find((p) => p.id === standard)!.rules).toMatchObject([{ productKind: "SERVICE", rateBps: 2000 }]);
    expect(step.plans.find((p) => p.id === rent)).toMatchObject({ billing: "FIXED_TERM", termPriceAmount: 6000 });
    expect(step.fees).toMatchObject({ paymentFeeBps: 150, paymentFeeFixedAmount: 25 });
  });

  it("pre-selects the shop's own plan, and shows an archived one without offering it", async () => {
    const mine = await createShop(vendor.id, { planId: premium });
    expect((await getShopPlan(vendor, mine.id)).selectedPlanId).toBe(premium);

    const old = await createShop(vendor.id, { planId: archived });
    const step = await getShopPlan(vendor, old.id);
    expect(step.currentPlan).toMatchObject({ id: archived, active: false });
    expect(step.plans.map((p) => p.id)).not.toContain(archived);
    expect(step.selectedPlanId).toBe(standard);
  });

  it("is not choosable any more once the shop is approved", async () => {
    const shop = await createShop(vendor.id, { status: "APPROVED", planId: standard });
    expect(await getShopPlan(vendor, shop.id)).toMatchObject({ choosable: false, status: "APPROVED" });
  });

  it.each(OUTSIDERS)("refuses %s", async (_who, actorOf, code) => {
    const shop = await createShop(vendor.id);
    expect((await refusal(getShopPlan(actorOf(), shop.id))).code).toBe(code);
  });
});

describe("saveShopPlan", () => {
  it("joins the plan chosen, not only the default, and moves on to the review step", async () => {
    const shop = await createShop(vendor.id, { onboardingStep: 6 });
    expect(await saveShopPlan(vendor, shop.id, premium)).toEqual({ planId: premium });
    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({ planId: premium, onboardingStep: 7, status: "DRAFT" });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: shop.id } });
    expect(audit).toMatchObject({ action: "shop.plan-chosen", actorId: vendor.id, data: { from: null, to: premium } });
    // nothing is billed during onboarding: the subscription starts at approval
    expect(await getDb().subscription.count({ where: { shopId: shop.id } })).toBe(0);
    expect(await getDb().billingCharge.count({ where: { shopId: shop.id } })).toBe(0);
  });

  it("lets a shop awaiting review change its mind, and accepts a fixed-term plan", async () => {
    const shop = await createShop(vendor.id, { status: "PENDING", planId: standard, onboardingStep: 7 });
    await saveShopPlan(vendor, shop.id, rent);
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      planId: rent,
      status: "PENDING",
    });
  });

  it.each([
    ["an archived plan", () => archived, "onboarding.errors.planUnavailable"],
    ["an unknown plan", () => "cl0000000000000000000000x", "onboarding.errors.planUnavailable"],
    ["something that is no id", () => '\'; drop table "Plan" --', "onboarding.errors.planUnavailable"],
    ["a list instead of an id", () => [standard], "onboarding.errors.planUnavailable"],
    ["no choice at all", () => undefined, "onboarding.errors.planRequired"],
    ["an empty choice", () => "", "onboarding.errors.planRequired"],
  ])("refuses %s on the planId field, writing nothing", async (_what, planIdOf, key) => {
    const shop = await createShop(vendor.id, { planId: standard, onboardingStep: 6 });
    const before = await snapshot();
    const error = await refusal(saveShopPlan(vendor, shop.id, planIdOf()));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ planId: key });
    expect(await snapshot()).toEqual(before);
  });

  it.each(OUTSIDERS)("refuses %s, changing nothing", async (_who, actorOf, code) => {
    const shop = await createShop(vendor.id);
    const before = await snapshot();
    expect((await refusal(saveShopPlan(actorOf(), shop.id, premium))).code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it.each(["APPROVED", "SUSPENDED", "LAPSED"] as const)(
    "sends a %s shop to /dashboard/plan, changing nothing",
    async (status) => {
      const shop = await createShop(vendor.id, { status, planId: standard, onboardingStep: 7 });
      const before = await snapshot();
      const error = await refusal(saveShopPlan(vendor, shop.id, premium));
      expect(error.code).toBe("CONFLICT");
      expect(error.fieldErrors).toEqual({ form: "onboarding.errors.planChangeInDashboard" });
      expect(await snapshot()).toEqual(before);
    },
  );
});
