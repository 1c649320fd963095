import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import type { Actor } from "@/lib/auth/actor";
import { payRentTerm } from "@/lib/billing/pay-rent-term";
import { getDb } from "@/lib/db";
import { addMonths } from "@/lib/fees/plan-charges";
import { startFakeStripe, type FakeCheckoutSession, type FakeStripe } from "../../support/fake-stripe";
import {
  approvedShop,
  billingSnapshot,
  createUser,
  credit,
  plans,
  refusal,
  settings,
  shopOf,
  subscriptionsOf,
  type Plans,
} from "./billing-fixtures";

// docs/business-models.md, fixed terms (rent): a term paid by card through Stripe. The official SDK
// talks to a local fake of Stripe's API (tests/support/fake-stripe.ts) and the webhook receives
// events signed with the endpoint's secret, as Stripe sends them.
// The 3-month rent: 10,00 € × 3 = 30,00 € less 5 % = 28,50 € excl. VAT, 5,70 € VAT, 34,20 €.

const SECRET = "whsec_test_halle_rent";
const signer = new Stripe("sk_test_signer").webhooks;
let stripe: FakeStripe;
let p: Plans;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.APP_URL = "https://halle.test";
  await settings();
  p = await plans();
});

beforeEach(() => {
  process.env.STRIPE_SECRET_KEY = "sk_test_halle";
  process.env.STRIPE_API_BASE = stripe.baseUrl;
  process.env.STRIPE_WEBHOOK_SECRET = SECRET;
  stripe.requests.length = 0;
});

afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  await stripe.close();
});

const sessionCreations = () => stripe.requests.filter((request) => request.path === "/v1/checkout/sessions");
const refunds = () => stripe.requests.filter((request) => request.path === "/v1/refunds");

/** A shop approved on the 3-month rent: LAPSED until a term is paid. */
async function lapsedRentShop() {
  return approvedShop(p.rent3.id, new Date());
}

/** A shop whose first term was paid from its balance: live, on its term. */
async function liveRentShop() {
  const approved = await lapsedRentShop();
  await credit(approved.shop.id, 10_000);
  await payRentTerm(approved.vendor, approved.shop.id, { planId: p.rent3.id, method: "BALANCE" });
  return approved;
}

/** The vendor pays a term by card: the redirect, the PENDING charge and the session the fake holds. */
async function startCardPayment(vendor: Actor, shopId: string) {
  const outcome = await payRentTerm(vendor, shopId, { planId: p.rent3.id, method: "CARD" });
  const charge = await getDb().billingCharge.findFirstOrThrow({
    where: { shopId, paidWith: "CARD" },
    orderBy: { createdAt: "desc" },
  });
  const session = stripe.sessions.get(charge.paymentReference ?? "")!;
  return { outcome, charge, session };
}

function event(type: string, object: object, id = `evt_${Math.random().toString(36).slice(2)}`) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
}

async function deliver(
  payload: string,
  signature: string | null = signer.generateTestHeaderString({ payload, secret: SECRET }),
) {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature !== null) headers.set("stripe-signature", signature);
  const response = await POST(
    new Request("https://halle.test/api/webhooks/stripe", { method: "POST", headers, body: payload }),
  );
  return { status: response.status, body: (await response.json()) as { received: boolean; outcome?: string } };
}

/** The vendor pays on Stripe's page: the session completes, paid, with its PaymentIntent. */
function paid(session: FakeCheckoutSession, over: Partial<FakeCheckoutSession> = {}) {
  stripe.authorize(session.id);
  return { ...stripe.sessions.get(session.id)!, ...over };
}

async function chargeOf(id: string) {
  return getDb().billingCharge.findUniqueOrThrow({
    where: { id },
    select: { status: true, periodStart: true, periodEnd: true, subscriptionId: true, ledgerEntryId: true },
  });
}

describe("starting a card payment of a term with Stripe", () => {
  it("creates a Checkout Session for the term's price with VAT and a PENDING charge; nothing else changes", async () => {
    const { vendor, shop } = await lapsedRentShop();
    const before = await billingSnapshot(shop.id);
    const { outcome, charge, session } = await startCardPayment(vendor, shop.id);

    expect(charge).toMatchObject({
      kind: "RENT",
      status: "PENDING",
      paidWith: "CARD",
      amountExclVat: 2850,
      vatAmount: 570,
      totalAmount: 3420,
      currency: "EUR",
      paymentProvider: "stripe",
      ledgerEntryId: null,
      subscriptionId: null,
    });
    expect(charge.paymentReference).toMatch(/^cs_test_/);
    expect(outcome).toEqual({ kind: "redirect", url: session.url });

    const creations = sessionCreations();
    expect(creations).toHaveLength(1);
    const [create] = creations;
    expect(create.authorization).toBe("Bearer sk_test_halle");
    expect(create.idempotencyKey).toBe(`halle-rent-${charge.id}`);
    expect(Object.fromEntries(create.body)).toMatchObject({
      mode: "payment",
      customer_email: vendor.email,
      client_reference_id: charge.id,
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][unit_amount]": "3420",
      "line_items[0][price_data][currency]": "eur",
      "metadata[kind]": "rent",
      "metadata[chargeId]": charge.id,
      "payment_intent_data[metadata][kind]": "rent",
      "payment_intent_data[metadata][chargeId]": charge.id,
      success_url: "https://halle.test/dashboard/plan?status=rent-paid",
      cancel_url: "https://halle.test/dashboard/plan?status=rent-cancelled",
    });
    expect(create.body.has("line_items[1][quantity]")).toBe(false);
    expect(session).toMatchObject({ amount_total: 3420, currency: "eur", metadata: { kind: "rent" } });

    // Only the PENDING charge: the shop still LAPSED, no term, no ledger entry.
    const after = await billingSnapshot(shop.id);
    expect({ ...after, charges: before.charges }).toEqual(before);
    expect(after.charges).toMatchObject([{ status: "PENDING", ledgerEntryId: null }]);
  });

  it("leaves a live shop on its term until the payment is confirmed", async () => {
    const { vendor, shop } = await liveRentShop();
    const before = await billingSnapshot(shop.id);
    await startCardPayment(vendor, shop.id);
    const after = await billingSnapshot(shop.id);
    expect({ ...after, charges: before.charges }).toEqual(before);
    expect(after.charges.map((charge) => charge.status)).toEqual(["PAID", "PENDING"]);
  });

  it("cancels the charge when Stripe cannot be reached, so that none is left PENDING", async () => {
    const { vendor, shop } = await lapsedRentShop();
    process.env.STRIPE_API_BASE = "http://127.0.0.1:9";
    await expect(payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "CARD" })).rejects.toThrow();
    const [charge] = await getDb().billingCharge.findMany({ where: { shopId: shop.id } });
    expect(charge).toMatchObject({ status: "CANCELLED", paymentReference: null });
    expect((await shopOf(shop.id)).status).toBe("LAPSED");
  });

  const strangers: [string, () => Promise<Actor | null>, string][] = [
    ["another shop's vendor", () => createUser("VENDOR", "Ali Autre"), "NOT_FOUND"],
    ["a shopper", () => createUser("SHOPPER", "Marc Client"), "FORBIDDEN"],
    ["a signed-out visitor", async () => null, "UNAUTHENTICATED"],
  ];
  it.each(strangers)("is refused to %s: no session, nothing written", async (_who, actor, code) => {
    const { shop } = await lapsedRentShop();
    const stranger = await actor();
    // Another vendor owns a shop of their own, on the same plan.
    if (stranger?.role === "VENDOR") await approvedShop(p.rent3.id, new Date(), stranger);
    const before = await billingSnapshot(shop.id);
    const refused = await refusal(payRentTerm(stranger, shop.id, { planId: p.rent3.id, method: "CARD" }));
    expect(refused.code).toBe(code);
    expect(sessionCreations()).toEqual([]);
    expect(await billingSnapshot(shop.id)).toEqual(before);
  });
});

describe("Stripe's webhook for a rent session", () => {
  it("on a signed checkout.session.completed, pays the charge and starts the term; a LAPSED shop goes live; replays change nothing", async () => {
    const { vendor, shop } = await lapsedRentShop();
    const { charge, session } = await startCardPayment(vendor, shop.id);
    const payload = event("checkout.session.completed", paid(session), "evt_rent_paid_1");

    const sent = new Date();
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: "rent-confirmed" } });
    const confirmedBy = new Date();

    const after = await chargeOf(charge.id);
    expect(after).toMatchObject({ status: "PAID", ledgerEntryId: null });
    // The term runs from the confirmation, termMonths long.
    expect(after.periodStart.getTime()).toBeGreaterThanOrEqual(sent.getTime());
    expect(after.periodStart.getTime()).toBeLessThanOrEqual(confirmedBy.getTime());
    expect(after.periodEnd).toEqual(addMonths(after.periodStart, 3));
    const subscriptions = await subscriptionsOf(shop.id);
    expect(subscriptions).toEqual([
      expect.objectContaining({
        status: "ACTIVE",
        planId: p.rent3.id,
        startedAt: after.periodStart,
        endsAt: addMonths(after.periodStart, 3),
      }),
    ]);
    expect(after.subscriptionId).not.toBeNull();
    expect(await shopOf(shop.id)).toMatchObject({ status: "APPROVED", planId: p.rent3.id });
    // The card paid: no ledger entry at all.
    expect(await getDb().ledgerEntry.count({ where: { shopId: shop.id } })).toBe(0);
    const snapshot = await billingSnapshot(shop.id);

    // The same event again, then another event for the same session: nothing more.
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: "already-processed" } });
    expect((await deliver(event("checkout.session.async_payment_succeeded", paid(session)))).body.outcome).toBe(
      "rent-already-paid",
    );
    expect(await billingSnapshot(shop.id)).toEqual(snapshot);
    expect(snapshot.subscriptions).toHaveLength(1);
    expect(snapshot.charges).toHaveLength(1);
    expect(refunds()).toEqual([]);
  });

  it("a renewal paid by card during a term starts at the term's end; a payment started before it, replaced, is refused and refunded", async () => {
    const { vendor, shop } = await liveRentShop();
    const [current] = await subscriptionsOf(shop.id);
    const first = await startCardPayment(vendor, shop.id);
    const second = await startCardPayment(vendor, shop.id);
    expect(first.session.id).not.toBe(second.session.id);
    // One card payment at a time: the second replaced the first.
    expect((await chargeOf(first.charge.id)).status).toBe("CANCELLED");

    expect((await deliver(event("checkout.session.completed", paid(second.session)))).body.outcome).toBe(
      "rent-confirmed",
    );
    expect(await chargeOf(second.charge.id)).toMatchObject({
      status: "PAID",
      periodStart: current.endsAt,
      periodEnd: addMonths(current.endsAt!, 3),
      subscriptionId: null,
    });
    // Paid in advance: the term in force goes on, the renewal waits for its end.
    expect(await subscriptionsOf(shop.id)).toEqual([current]);
    const snapshot = await billingSnapshot(shop.id);

    // The replaced session is paid anyway (the shopper had it open in another tab): refused, refunded.
    const firstPaid = paid(first.session);
    expect((await deliver(event("checkout.session.completed", firstPaid))).body.outcome).toBe("rent-refused");
    expect(await billingSnapshot(shop.id)).toEqual(snapshot);
    expect((await chargeOf(first.charge.id)).status).toBe("CANCELLED");
    expect(refunds()).toHaveLength(1);
    expect(refunds()[0].body.get("payment_intent")).toBe(firstPaid.payment_intent);
    expect(stripe.refunded.get(firstPaid.payment_intent!)).toBe(3420);
  });

  it.each([
    ["an amount that is not the charge's", { amount_total: 342 }],
    ["another currency", { currency: "usd" }],
    ["another session than the charge's", { id: "cs_test_someone_else" }],
  ] as const)("refuses %s: nothing changes and the money is refunded", async (_label, over) => {
    const { vendor, shop } = await lapsedRentShop();
    const { charge, session } = await startCardPayment(vendor, shop.id);
    const before = await billingSnapshot(shop.id);
    const settled = paid(session, over);
    expect(await deliver(event("checkout.session.completed", settled))).toEqual({
      status: 200,
      body: { received: true, outcome: "rent-refused" },
    });
    expect(await billingSnapshot(shop.id)).toEqual(before);
    expect((await chargeOf(charge.id)).status).toBe("PENDING");
    expect(
      await getDb().auditLog.count({ where: { entityId: charge.id, action: "billing.rent-payment-refused" } }),
    ).toBe(1);
    const [refund] = refunds();
    expect(refund.body.get("payment_intent")).toBe(settled.payment_intent);
    expect(refund.idempotencyKey).toBe(`halle-refund-${settled.id}`);
  });

  it("refuses and refunds a payment for a shop suspended meanwhile: no term starts", async () => {
    const { vendor, shop } = await lapsedRentShop();
    const { charge, session } = await startCardPayment(vendor, shop.id);
    // The operator suspends the shop while the vendor is on Stripe's page.
    await getDb().shop.update({ where: { id: shop.id }, data: { status: "SUSPENDED" } });
    const before = await billingSnapshot(shop.id);
    const settled = paid(session);
    expect((await deliver(event("checkout.session.completed", settled))).body.outcome).toBe("rent-refused");
    expect(await billingSnapshot(shop.id)).toEqual(before);
    expect((await chargeOf(charge.id)).status).toBe("PENDING");
    expect(stripe.refunded.get(settled.payment_intent!)).toBe(3420);
  });

  it("waits for the funds when the session completes unpaid", async () => {
    const { vendor, shop } = await lapsedRentShop();
    const { session } = await startCardPayment(vendor, shop.id);
    const before = await billingSnapshot(shop.id);
    expect(
      (await deliver(event("checkout.session.completed", { ...session, status: "complete", payment_status: "unpaid" })))
        .body.outcome,
    ).toBe("awaiting-funds");
    expect(await billingSnapshot(shop.id)).toEqual(before);
  });

  it.each(["checkout.session.expired", "checkout.session.async_payment_failed"])(
    "on %s, cancels the charge (once) and leaves the shop as it was",
    async (type) => {
      const { vendor, shop } = await lapsedRentShop();
      const { charge, session } = await startCardPayment(vendor, shop.id);
      const before = await billingSnapshot(shop.id);
      const payload = event(type, { ...session, status: "expired" });
      expect((await deliver(payload)).body.outcome).toBe("rent-cancelled");
      expect((await chargeOf(charge.id)).status).toBe("CANCELLED");
      const after = await billingSnapshot(shop.id);
      expect({ ...after, charges: before.charges }).toEqual(before);
      expect(after.shop.status).toBe("LAPSED");
      expect((await deliver(payload)).body.outcome).toBe("already-processed");

      // The session paid after all (a late event): the charge is not revived, the money goes back.
      const settled = paid(session);
      expect((await deliver(event("checkout.session.completed", settled))).body.outcome).toBe("rent-refused");
      expect(await billingSnapshot(shop.id)).toEqual(after);
      expect(refunds().map((refund) => refund.body.get("payment_intent"))).toEqual([settled.payment_intent]);
    },
  );

  it("ignores an expired session that is not the charge's", async () => {
    const { vendor, shop } = await lapsedRentShop();
    const { charge, session } = await startCardPayment(vendor, shop.id);
    const before = await billingSnapshot(shop.id);
    const payload = event("checkout.session.expired", { ...session, id: "cs_test_other", status: "expired" });
    expect((await deliver(payload)).body.outcome).toBe("ignored");
    expect((await chargeOf(charge.id)).status).toBe("PENDING");
    expect(await billingSnapshot(shop.id)).toEqual(before);
  });

  it.each([
    ["no signature", null],
    ["a signature made with another secret", "other"],
    ["a malformed signature", "t=1,v1=deadbeef"],
    ["a body altered after signing", "altered"],
  ])("answers 400 to %s and changes nothing", async (_label, kind) => {
    const { vendor, shop } = await lapsedRentShop();
    const { charge, session } = await startCardPayment(vendor, shop.id);
    const before = await billingSnapshot(shop.id);
    const signed = event("checkout.session.completed", paid(session));
    let payload = signed;
    let signature: string | null = kind;
    if (kind === "other") signature = signer.generateTestHeaderString({ payload, secret: "whsec_wrong" });
    if (kind === "altered") {
      signature = signer.generateTestHeaderString({ payload, secret: SECRET });
      payload = signed.replace('"amount_total":3420', '"amount_total":1');
      expect(payload).not.toBe(signed);
    }
    const events = await getDb().processedWebhookEvent.count();
    expect((await deliver(payload, signature)).status).toBe(400);
    expect(await billingSnapshot(shop.id)).toEqual(before);
    expect((await chargeOf(charge.id)).status).toBe("PENDING");
    expect(await getDb().processedWebhookEvent.count()).toBe(events);
    expect(refunds()).toEqual([]);
  });
});
