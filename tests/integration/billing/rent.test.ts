import { beforeAll, describe, expect, it } from "vitest";
import { changePlan } from "@/lib/billing/change-plan";
import { payRentTerm } from "@/lib/billing/pay-rent-term";
import { payRentWithTestCard } from "@/lib/billing/pay-rent-with-test-card";
import { runBilling } from "@/lib/billing/run-billing";
import { getDb } from "@/lib/db";
import {
  approvedShop,
  at,
  billingSnapshot,
  chargesOf,
  credit,
  feeEntriesOf,
  plans,
  refusal,
  settings,
  shopOf,
  subscriptionsOf,
  type Plans,
} from "./billing-fixtures";

// docs/business-models.md, subscriptions and billing: fixed terms (rent), paid in advance from the balance or by
// card, reminded 7 days and 1 day before their end, lapsing the shop when not renewed.
// The 3-month rent: 10,00 € × 3 = 30,00 € less 5 % = 28,50 € excl. VAT, 5,70 € VAT, 34,20 €.

let p: Plans;

beforeAll(async () => {
  await settings();
  p = await plans();
});

const reminders = (to: string) =>
  getDb().emailMessage.findMany({ where: { to, template: "billing.renewal-reminder" }, select: { subject: true } });

describe("a shop approved on a rent plan", () => {
  it("is LAPSED until its first term is paid; a short balance is refused with nothing written; then paid from the balance it goes live", async () => {
    const start = at("2026-12-16T09:00:00+01:00");
    const { vendor, shop } = await approvedShop(p.rent3.id, start);
    expect(await shopOf(shop.id)).toMatchObject({ status: "LAPSED", planId: p.rent3.id });
    expect(await subscriptionsOf(shop.id)).toEqual([]);

    await credit(shop.id, 3419);
    const before = await billingSnapshot(shop.id);
    const refused = await refusal(payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "BALANCE" }, start));
    expect(refused).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "billing.errors.balanceTooLow" } });
    expect(await billingSnapshot(shop.id)).toEqual(before);

    await credit(shop.id, 1);
    const paid = await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "BALANCE" }, start);
    expect(paid).toEqual({ kind: "paid", startsAt: start, endsAt: at("2027-03-16T09:00:00+01:00") });
    expect(await shopOf(shop.id)).toMatchObject({ status: "APPROVED" });
    expect(await subscriptionsOf(shop.id)).toMatchObject([
      { status: "ACTIVE", planId: p.rent3.id, startedAt: start, endsAt: at("2027-03-16T09:00:00+01:00") },
    ]);
    const [charge] = await chargesOf(shop.id);
    expect(charge).toMatchObject({
      kind: "RENT",
      amountExclVat: 2850,
      vatAmount: 570,
      totalAmount: 3420,
      paidWith: "BALANCE",
    });
    expect(await feeEntriesOf(shop.id)).toMatchObject([{ id: charge.ledgerEntryId, amount: -3420 }]);
    const balance = await getDb().ledgerEntry.aggregate({ where: { shopId: shop.id }, _sum: { amount: true } });
    expect(balance._sum.amount).toBe(0);
  });
});

describe("a term's end", () => {
  it("is reminded 7 days and 1 day before, each once; without renewal the term EXPIRES and the shop LAPSES; a renewal puts it back at once", async () => {
    const start = at("2027-01-10T10:00:00+01:00");
    const { vendor, shop } = await approvedShop(p.rent3.id, start);
    await credit(shop.id, 10_000);
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "BALANCE" }, start);
    const endsAt = at("2027-04-10T10:00:00+02:00");

    await runBilling(at("2027-04-01T10:00:00+02:00"));
    expect(await reminders(vendor.email)).toHaveLength(0);
    await runBilling(at("2027-04-04T10:00:00+02:00"));
    await runBilling(at("2027-04-04T11:00:00+02:00"));
    const week = await reminders(vendor.email);
    expect(week).toHaveLength(1);
    expect(week[0].subject).toContain("7 jours");
    await runBilling(at("2027-04-09T12:00:00+02:00"));
    await runBilling(at("2027-04-09T13:00:00+02:00"));
    const both = await reminders(vendor.email);
    expect(both).toHaveLength(2);
    expect(both[1].subject).toContain("demain");

    await runBilling(at("2027-04-10T09:00:00+02:00"));
    expect((await shopOf(shop.id)).status).toBe("APPROVED");
    const report = await runBilling(at("2027-04-10T10:30:00+02:00"));
    expect(report.expired).toBeGreaterThanOrEqual(1);
    expect(await subscriptionsOf(shop.id)).toMatchObject([{ status: "EXPIRED", endsAt }]);
    expect(await shopOf(shop.id)).toMatchObject({ status: "LAPSED", dashboardClosesAt: null });

    const renewedAt = at("2027-04-20T08:00:00+02:00");
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "BALANCE" }, renewedAt);
    expect((await shopOf(shop.id)).status).toBe("APPROVED");
    expect((await subscriptionsOf(shop.id)).at(-1)).toMatchObject({ status: "ACTIVE", startedAt: renewedAt });
  });

  it("renewed early: the next term starts at the current one's end and the shop stays live (no reminder)", async () => {
    const start = at("2027-05-01T10:00:00+02:00");
    const { vendor, shop } = await approvedShop(p.rent3.id, start);
    await credit(shop.id, 10_000);
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "BALANCE" }, start);
    const early = await payRentTerm(
      vendor,
      shop.id,
      { planId: p.rent3.id, method: "BALANCE" },
      at("2027-07-15T10:00:00+02:00"),
    );
    expect(early).toEqual({
      kind: "paid",
      startsAt: at("2027-08-01T10:00:00+02:00"),
      endsAt: at("2027-11-01T10:00:00+01:00"),
    });
    expect(await subscriptionsOf(shop.id)).toHaveLength(1);
    const again = await refusal(
      payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "BALANCE" }, at("2027-07-16T10:00:00+02:00")),
    );
    expect(again.fieldErrors).toEqual({ form: "billing.errors.renewalAlreadyPaid" });

    await runBilling(at("2027-07-28T10:00:00+02:00"));
    expect(await reminders(vendor.email)).toHaveLength(0);
    await runBilling(at("2027-08-01T10:30:00+02:00"));
    expect((await shopOf(shop.id)).status).toBe("APPROVED");
    expect((await subscriptionsOf(shop.id)).map((s) => [s.status, s.startedAt, s.endsAt])).toEqual([
      ["EXPIRED", start, at("2027-08-01T10:00:00+02:00")],
      ["ACTIVE", at("2027-08-01T10:00:00+02:00"), at("2027-11-01T10:00:00+01:00")],
    ]);
  });

  it("a monthly plan chosen during a term starts at its end, its first month prorated", async () => {
    const start = at("2027-05-16T10:00:00+02:00");
    const { vendor, shop } = await approvedShop(p.rent3.id, start);
    await credit(shop.id, 10_000);
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "BALANCE" }, start);
    const outcome = await changePlan(vendor, shop.id, { planId: p.basic.id }, at("2027-06-01T10:00:00+02:00"));
    expect(outcome).toEqual({ kind: "scheduled", from: at("2027-08-16T10:00:00+02:00") });
    await runBilling(at("2027-08-16T10:30:00+02:00"));
    expect(await shopOf(shop.id)).toMatchObject({ status: "APPROVED", planId: p.basic.id });
    // 16 August: 16 of 31 days of 19,00 € = 980.6 → 981
    expect((await chargesOf(shop.id)).at(-1)).toMatchObject({ kind: "PRORATED_FEE", amountExclVat: 981 });
  });
});

describe("paying a term by card (test provider)", () => {
  it("starts a PENDING charge and the test page; 4242… pays it (no ledger entry), the term starts", async () => {
    const start = at("2027-02-10T10:00:00+01:00");
    const { vendor, shop } = await approvedShop(p.rent3.id, start);
    const outcome = await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "CARD" });
    expect(outcome.kind).toBe("redirect");
    const [pending] = await getDb().billingCharge.findMany({
      where: { shopId: shop.id },
      select: { id: true, status: true },
    });
    expect(pending.status).toBe("PENDING");
    expect(outcome).toEqual({ kind: "redirect", url: `/dashboard/plan/pay/${pending.id}` });
    expect((await shopOf(shop.id)).status).toBe("LAPSED");

    const bad = await refusal(
      payRentWithTestCard(vendor, pending.id, { cardNumber: "1234", expiry: "12/40", cvc: "123" }),
    );
    expect(bad).toMatchObject({ code: "VALIDATION", fieldErrors: { cardNumber: "orders.pay.errors.cardNumber" } });

    expect(
      await payRentWithTestCard(vendor, pending.id, { cardNumber: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" }),
    ).toBe("paid");
    expect(await chargesOf(shop.id)).toMatchObject([
      { kind: "RENT", status: "PAID", paidWith: "CARD", ledgerEntryId: null, totalAmount: 3420 },
    ]);
    expect(await feeEntriesOf(shop.id)).toEqual([]);
    expect((await shopOf(shop.id)).status).toBe("APPROVED");
    expect(await subscriptionsOf(shop.id)).toMatchObject([{ status: "ACTIVE", planId: p.rent3.id }]);
    // paid twice (a second click): nothing more
    expect(
      await payRentWithTestCard(vendor, pending.id, { cardNumber: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" }),
    ).toBe("paid");
    expect(await subscriptionsOf(shop.id)).toHaveLength(1);
  });

  it("a second card payment replaces the one still pending: only the last can be paid", async () => {
    const { vendor, shop } = await approvedShop(p.rent3.id, at("2027-02-10T10:00:00+01:00"));
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "CARD" });
    const [first] = await getDb().billingCharge.findMany({ where: { shopId: shop.id }, select: { id: true } });
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "CARD" });
    const charges = await getDb().billingCharge.findMany({
      where: { shopId: shop.id },
      select: { id: true, status: true },
    });
    expect(charges).toHaveLength(2);
    expect(charges.find((charge) => charge.id === first.id)?.status).toBe("CANCELLED");
    const second = charges.find((charge) => charge.id !== first.id)!;
    expect(second.status).toBe("PENDING");
    const card = { cardNumber: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" };
    expect((await refusal(payRentWithTestCard(vendor, first.id, card))).code).toBe("NOT_FOUND");
    expect(await payRentWithTestCard(vendor, second.id, card)).toBe("paid");
    expect(await subscriptionsOf(shop.id)).toHaveLength(1);
  });

  it("a declined card cancels the charge and changes nothing else", async () => {
    const { vendor, shop } = await approvedShop(p.rent3.id, at("2027-02-10T10:00:00+01:00"));
    await payRentTerm(vendor, shop.id, { planId: p.rent3.id, method: "CARD" });
    const [pending] = await getDb().billingCharge.findMany({ where: { shopId: shop.id }, select: { id: true } });
    expect(
      await payRentWithTestCard(vendor, pending.id, { cardNumber: "4000 0000 0000 0002", expiry: "12/40", cvc: "123" }),
    ).toBe("declined");
    expect(await chargesOf(shop.id)).toMatchObject([{ status: "CANCELLED" }]);
    expect(await subscriptionsOf(shop.id)).toEqual([]);
    expect((await shopOf(shop.id)).status).toBe("LAPSED");
  });
});
