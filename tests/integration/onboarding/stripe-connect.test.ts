import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getShopPayout } from "@/lib/onboarding/get-shop-payout";
import { createStripeOnboardingLink } from "@/lib/payments/stripe-connect";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { createShop, createUser, refusal, snapshot } from "./last-steps-fixtures";

let stripe: FakeStripe;
let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.APP_URL = "https://halle.test";
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
});

beforeEach(async () => {
  process.env.STRIPE_SECRET_KEY = "sk_test_halle";
  process.env.STRIPE_API_BASE = stripe.baseUrl;
  stripe.requests.length = 0;
  await getDb().emailMessage.deleteMany();
  await getDb().auditLog.deleteMany();
});

afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  await stripe.close();
});

describe("createStripeOnboardingLink", () => {
  it("creates the shop's Express account once, stores it and returns Stripe's onboarding link", async () => {
    const shop = await createShop(vendor.id, {
      country: "FR",
      email: "contact@fournil.test",
      payoutIban: null,
      payoutHolderName: null,
    });
    const url = await createStripeOnboardingLink(vendor, shop.id);

    const [create, link] = stripe.requests;
    expect(create).toMatchObject({ method: "POST", path: "/v1/accounts", authorization: "Bearer sk_test_halle" });
    expect(Object.fromEntries(create.body)).toMatchObject({
      type: "express",
      country: "FR",
      email: "contact@fournil.test",
      "metadata[shopId]": shop.id,
    });
    expect(create.idempotencyKey).toContain(shop.id);

    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved.stripeAccountId).toMatch(/^acct_/);
    expect(link.path).toBe("/v1/account_links");
    expect(Object.fromEntries(link.body)).toEqual({
      account: saved.stripeAccountId,
      type: "account_onboarding",
      refresh_url: `https://halle.test/dashboard/shops/${shop.id}/setup/payout?stripe=refresh`,
      return_url: `https://halle.test/dashboard/shops/${shop.id}/setup/payout?stripe=return`,
    });
    expect(url).toMatch(new RegExp(`^https://connect\\.stripe\\.test/setup/e/${saved.stripeAccountId}/`));
    expect((await getShopPayout(vendor, shop.id)).stripeConnected).toBe(true);

    // A second visit reuses the account and only asks for a new link.
    stripe.requests.length = 0;
    await createStripeOnboardingLink(vendor, shop.id);
    expect(stripe.requests.map((r) => r.path)).toEqual(["/v1/account_links"]);
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).stripeAccountId).toBe(
      saved.stripeAccountId,
    );
    expect(await getDb().emailMessage.count()).toBe(0);
  });

  it("falls back to the vendor's e-mail when the shop has no public one", async () => {
    const shop = await createShop(vendor.id, { email: null });
    await createStripeOnboardingLink(vendor, shop.id);
    expect(stripe.requests[0].body.get("email")).toBe(vendor.email);
  });

  it("sends a new Stripe account on an approved shop back to review, the shop staying live", async () => {
    const operatorCount = await getDb().user.count({ where: { role: "OPERATOR" } });
    const shop = await createShop(vendor.id, { status: "APPROVED" });
    await createStripeOnboardingLink(vendor, shop.id);
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      status: "APPROVED",
      reviewPending: true,
    });
    expect(await getDb().emailMessage.count({ where: { template: "seller.review-requested" } })).toBe(operatorCount);
    expect(await getDb().auditLog.count({ where: { entityId: shop.id, action: "shop.review-requested" } })).toBe(1);
  });

  it.each([
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["an operator", () => operator, "FORBIDDEN"],
    ["another vendor", () => otherVendor, "NOT_FOUND"],
  ] as [string, () => Actor | null, string][])(
    "refuses %s without calling Stripe or changing anything",
    async (_who, actorOf, code) => {
      const shop = await createShop(vendor.id);
      const before = await snapshot();
      expect((await refusal(createStripeOnboardingLink(actorOf(), shop.id))).code).toBe(code);
      expect(stripe.requests).toHaveLength(0);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("is a CONFLICT when Stripe is not configured, and the payout step hides the button", async () => {
    delete process.env.STRIPE_SECRET_KEY;
    const shop = await createShop(vendor.id);
    expect((await getShopPayout(vendor, shop.id)).stripeAvailable).toBe(false);
    const error = await refusal(createStripeOnboardingLink(vendor, shop.id));
    expect(error.code).toBe("CONFLICT");
    expect(stripe.requests).toHaveLength(0);
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).stripeAccountId).toBeNull();
  });

  it("stores nothing when Stripe refuses the request", async () => {
    process.env.STRIPE_SECRET_KEY = "rk_wrong";
    const shop = await createShop(vendor.id);
    await expect(createStripeOnboardingLink(vendor, shop.id)).rejects.toThrow(/Invalid API Key/);
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).stripeAccountId).toBeNull();
  });
});
