import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { cancelSubscription, resumeSubscription } from "@/lib/billing/cancel-subscription";
import { changePlan } from "@/lib/billing/change-plan";
import { getShopBilling } from "@/lib/billing/get-shop-billing";
import { payRentTerm } from "@/lib/billing/pay-rent-term";
import { payRentWithTestCard } from "@/lib/billing/pay-rent-with-test-card";
import { getDb } from "@/lib/db";
import {
  approvedShop,
  at,
  billingSnapshot,
  createUser,
  credit,
  plans,
  refusal,
  settings,
  theOperator,
  type Plans,
} from "./billing-fixtures";

// The authorization table of billing (docs/architecture.md, authorization): only the shop's owner
// changes its plan, cancels, resumes or pays; operators read; anyone else is refused with nothing
// changed. Bad input is refused on its field, nothing written.

let p: Plans;
let owner: Actor;
let shopId: string;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  await settings();
  p = await plans();
  const approved = await approvedShop(p.basic.id, at("2027-01-10T10:00:00+01:00"));
  owner = approved.vendor;
  shopId = approved.shop.id;
  await credit(shopId, 100_000);
  otherVendor = await createUser("VENDOR", "Ali Autre");
  await approvedShop(p.basic.id, at("2027-01-10T10:00:00+01:00"), otherVendor);
  shopper = await createUser("SHOPPER", "Marc Client");
  operator = await theOperator();
});

const ACTIONS = {
  changePlan: (actor: Actor | null, id: string) => changePlan(actor, id, { planId: p.premium.id }),
  cancel: (actor: Actor | null, id: string) => cancelSubscription(actor, id),
  resume: (actor: Actor | null, id: string) => resumeSubscription(actor, id),
  payRentFromBalance: (actor: Actor | null, id: string) =>
    payRentTerm(actor, id, { planId: p.rent3.id, method: "BALANCE" }),
  payRentByCard: (actor: Actor | null, id: string) => payRentTerm(actor, id, { planId: p.rent3.id, method: "CARD" }),
};

const WHO: Record<string, { actor: () => Actor | null; code: string }> = {
  "another shop's vendor": { actor: () => otherVendor, code: "NOT_FOUND" },
  "a shopper": { actor: () => shopper, code: "FORBIDDEN" },
  "an operator": { actor: () => operator, code: "FORBIDDEN" },
  "a signed-out visitor": { actor: () => null, code: "UNAUTHENTICATED" },
};

describe.each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])("%s", (action) => {
  for (const [who, { actor, code }] of Object.entries(WHO)) {
    it(`is refused to ${who} (${code}), nothing changed`, async () => {
      const before = await billingSnapshot(shopId);
      const error = await refusal(ACTIONS[action](actor(), shopId));
      expect(error.code).toBe(code);
      expect(await billingSnapshot(shopId)).toEqual(before);
    });
  }
});

describe("reading a shop's billing", () => {
  it("is the owner's and the operators'", async () => {
    const mine = await getShopBilling(owner, shopId);
    expect(mine.plan?.id).toBe(p.basic.id);
    expect(mine.charges.items[0]).toMatchObject({ kind: "PRORATED_FEE" });
    expect((await getShopBilling(operator, shopId)).shop.id).toBe(shopId);
    expect((await refusal(getShopBilling(otherVendor, shopId))).code).toBe("NOT_FOUND");
    expect((await refusal(getShopBilling(shopper, shopId))).code).toBe("FORBIDDEN");
    expect((await refusal(getShopBilling(null, shopId))).code).toBe("UNAUTHENTICATED");
  });

  it("says what each offered plan would do now", async () => {
    const billing = await getShopBilling(owner, shopId, {}, at("2027-01-16T10:00:00+01:00"));
    const preview = (planId: string) => billing.offered.find((offer) => offer.plan.id === planId)?.preview;
    expect(preview(p.basic.id)).toEqual({ kind: "current" });
    expect(preview(p.premium.id)).toEqual({ kind: "upgrade", amount: 1083 });
    expect(preview(p.free.id)).toEqual({ kind: "downgrade", from: at("2027-02-01T00:00:00+01:00") });
    expect(preview(p.rent3.id)).toMatchObject({ kind: "rent", price: 2850 });
    expect(preview(p.archived.id)).toBeUndefined();
  });
});

describe("a rent charge's test payment", () => {
  it("is refused to anyone but the owner, nothing changed", async () => {
    const { vendor, shop } = await approvedShop(p.rent3.id, at("2027-02-10T10:00:00+01:00"));
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "CARD" });
    const [charge] = await getDb().billingCharge.findMany({ where: { shopId: shop.id }, select: { id: true } });
    const card = { cardNumber: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" };
    const before = await billingSnapshot(shop.id);
    expect((await refusal(payRentWithTestCard(otherVendor, charge.id, card))).code).toBe("NOT_FOUND");
    expect((await refusal(payRentWithTestCard(shopper, charge.id, card))).code).toBe("FORBIDDEN");
    expect((await refusal(payRentWithTestCard(null, charge.id, card))).code).toBe("UNAUTHENTICATED");
    expect(await billingSnapshot(shop.id)).toEqual(before);
  });
});

describe("bad input", () => {
  const CASES: [string, () => Promise<unknown>, Record<string, string>][] = [
    [
      "an unknown plan",
      () => changePlan(owner, shopId, { planId: "nosuchplan" }),
      { planId: "billing.errors.planUnavailable" },
    ],
    [
      "an archived plan",
      () => changePlan(owner, shopId, { planId: p.archived.id }),
      { planId: "billing.errors.planUnavailable" },
    ],
    ["no plan", () => changePlan(owner, shopId, { planId: "" }), { planId: "billing.errors.planRequired" }],
    [
      "junk for a plan",
      () => changePlan(owner, shopId, { planId: "<script>" }),
      { planId: "billing.errors.planUnavailable" },
    ],
    [
      "the plan already in force",
      () => changePlan(owner, shopId, { planId: p.basic.id }),
      { planId: "billing.errors.samePlan" },
    ],
    [
      "a rent through a plan change",
      () => changePlan(owner, shopId, { planId: p.rent3.id }),
      { planId: "billing.errors.rentNeedsPayment" },
    ],
    [
      "a monthly plan paid as a rent",
      () => payRentTerm(owner, shopId, { planId: p.premium.id, method: "BALANCE" }),
      { planId: "billing.errors.notRent" },
    ],
    [
      "an archived plan paid as a rent",
      () => payRentTerm(owner, shopId, { planId: p.archived.id, method: "BALANCE" }),
      { planId: "billing.errors.planUnavailable" },
    ],
    [
      "an unknown payment method",
      () => payRentTerm(owner, shopId, { planId: p.rent3.id, method: "CHEQUE" as "CARD" }),
      { method: "billing.errors.methodRequired" },
    ],
  ];
  it.each(CASES)("%s is refused on its field, nothing written", async (_name, run, fieldErrors) => {
    const before = await billingSnapshot(shopId);
    const error = await refusal(run());
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors });
    expect(await billingSnapshot(shopId)).toEqual(before);
  });

  it("an unknown shop is NOT_FOUND", async () => {
    expect((await refusal(changePlan(owner, "nosuchshop", { planId: p.premium.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(cancelSubscription(owner, "../etc"))).code).toBe("NOT_FOUND");
  });

  it("nothing to resume is a CONFLICT, nothing written", async () => {
    const before = await billingSnapshot(shopId);
    expect(await refusal(resumeSubscription(owner, shopId))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "billing.errors.notCancelled" },
    });
    expect(await billingSnapshot(shopId)).toEqual(before);
  });
});
