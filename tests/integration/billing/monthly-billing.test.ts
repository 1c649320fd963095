import { beforeAll, describe, expect, it } from "vitest";
import { cancelSubscription, resumeSubscription } from "@/lib/billing/cancel-subscription";
import { changePlan } from "@/lib/billing/change-plan";
import { runBilling } from "@/lib/billing/run-billing";
import { getPublicProduct } from "@/lib/catalog/get-public-product";
import { getDb } from "@/lib/db";
import { reinstateShop } from "@/lib/sellers/reinstate-shop";
import { suspendShop } from "@/lib/sellers/suspend-shop";
import {
  approvedShop,
  at,
  chargesOf,
  feeEntriesOf,
  plans,
  settings,
  shopOf,
  subscriptionsOf,
  theOperator,
  type Plans,
} from "./billing-fixtures";

// docs/business-models.md, subscriptions and billing: monthly plans billed in advance on the 1st, in calendar
// months of Europe/Paris; VAT on fees at 20 % here.

let p: Plans;

beforeAll(async () => {
  await settings();
  p = await plans();
});

describe("the first month", () => {
  it("is prorated at approval: 16 of 31 days of 39,99 €, VAT added, deducted from the balance at once", async () => {
    const now = at("2026-12-16T09:00:00+01:00");
    const { shop } = await approvedShop(p.premium.id, now);
    expect((await shopOf(shop.id)).status).toBe("APPROVED");
    const [subscription] = await subscriptionsOf(shop.id);
    expect(subscription).toMatchObject({ status: "ACTIVE", planId: p.premium.id, startedAt: now, endsAt: null });
    const charges = await chargesOf(shop.id);
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({
      kind: "PRORATED_FEE",
      amountExclVat: 2064,
      vatAmount: 413,
      totalAmount: 2477,
      status: "PAID",
      paidWith: "BALANCE",
    });
    const entries = await feeEntriesOf(shop.id);
    expect(entries).toEqual([
      {
        id: charges[0].ledgerEntryId,
        amount: -2477,
        availableAt: now,
        memo: expect.stringContaining("2026-12-16/2027-01-01"),
      },
    ]);
  });

  it("costs nothing on a free plan, and the default plan applies when the shop chose none", async () => {
    await settings({ defaultPlanId: p.free.id });
    const { shop } = await approvedShop(null, at("2026-12-16T09:00:00+01:00"));
    expect((await shopOf(shop.id)).planId).toBe(p.free.id);
    expect(await subscriptionsOf(shop.id)).toMatchObject([{ status: "ACTIVE", planId: p.free.id }]);
    expect(await chargesOf(shop.id)).toEqual([]);
  });
});

describe("the 1st", () => {
  it("bills each approved shop once, with a moved clock, and a second run charges nothing more", async () => {
    const { shop } = await approvedShop(p.basic.id, at("2026-11-10T15:00:00+01:00"));
    const first = await runBilling(at("2026-12-01T00:30:00+01:00"));
    expect(first.monthlyCharges).toBeGreaterThanOrEqual(1);
    const again = await runBilling(at("2026-12-01T01:30:00+01:00"));
    expect(again.monthlyCharges).toBe(0);
    const charges = (await chargesOf(shop.id)).filter((charge) => charge.kind === "MONTHLY_FEE");
    expect(charges).toEqual([
      expect.objectContaining({ periodKey: "2026-12", amountExclVat: 1900, vatAmount: 380, totalAmount: 2280 }),
    ]);
    const entries = await feeEntriesOf(shop.id);
    expect(entries.at(-1)).toMatchObject({
      id: charges[0].ledgerEntryId,
      amount: -2280,
      availableAt: at("2026-12-01T00:30:00+01:00"),
      memo: `${p.basic.code} 2026-12`,
    });
  });

  it("does not bill again a shop whose first month was prorated that month", async () => {
    const { shop } = await approvedShop(p.basic.id, at("2027-02-01T00:00:00+01:00"));
    await runBilling(at("2027-02-01T00:30:00+01:00"));
    expect((await chargesOf(shop.id)).map((charge) => charge.kind)).toEqual(["PRORATED_FEE"]);
  });

  it("bills exactly once when two workers run at the same time", async () => {
    const shops = await Promise.all(
      Array.from({ length: 8 }, () => approvedShop(p.premium.id, at("2027-03-10T10:00:00+01:00"))),
    );
    const now = at("2027-04-01T00:05:00+02:00");
    const [a, b] = await Promise.all([runBilling(now), runBilling(now)]);
    expect(a.monthlyCharges + b.monthlyCharges).toBeGreaterThanOrEqual(8);
    for (const { shop } of shops) {
      const monthly = (await chargesOf(shop.id)).filter((charge) => charge.periodKey === "2027-04");
      expect(monthly).toHaveLength(1);
      const entries = await feeEntriesOf(shop.id);
      expect(entries.filter((entry) => entry.memo?.endsWith("2027-04"))).toHaveLength(1);
    }
    const orphans = await getDb().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "LedgerEntry" e
      WHERE e."type" = 'SUBSCRIPTION_FEE' AND NOT EXISTS (SELECT 1 FROM "BillingCharge" c WHERE c."ledgerEntryId" = e."id")`;
    expect(Number(orphans[0].count)).toBe(0);
  });
});

describe("a shop suspended mid-month", () => {
  it("keeps that month's charge, is not billed while suspended on the 1st, and pays the rest of the month from its reinstatement", async () => {
    const operator = await theOperator();
    const { shop } = await approvedShop(p.basic.id, at("2027-05-10T10:00:00+02:00"));
    await runBilling(at("2027-06-01T00:30:00+02:00"));
    await suspendShop(operator, { shopId: shop.id, reason: "Pièces justificatives à revoir" });
    const kept = await chargesOf(shop.id);
    expect(kept.map((charge) => charge.periodKey)).toContain("2027-06");

    await runBilling(at("2027-07-01T00:30:00+02:00"));
    expect((await chargesOf(shop.id)).some((charge) => charge.periodKey === "2027-07")).toBe(false);

    // 12 July: 20 of 31 days → 1900 × 20 / 31 = 1225.8 → 1226
    await reinstateShop(operator, { shopId: shop.id }, at("2027-07-12T11:00:00+02:00"));
    const reinstated = (await chargesOf(shop.id)).at(-1)!;
    expect(reinstated).toMatchObject({ kind: "PRORATED_FEE", periodKey: "reinstated:2027-07", amountExclVat: 1226 });

    // suspended and reinstated again the same month: nothing more
    await suspendShop(operator, { shopId: shop.id, reason: "Encore une vérification" });
    await reinstateShop(operator, { shopId: shop.id }, at("2027-07-20T11:00:00+02:00"));
    await runBilling(at("2027-07-20T12:00:00+02:00"));
    expect(await chargesOf(shop.id)).toHaveLength(kept.length + 1);

    await runBilling(at("2027-08-01T00:30:00+02:00"));
    expect((await chargesOf(shop.id)).at(-1)).toMatchObject({ periodKey: "2027-08", amountExclVat: 1900 });
  });
});

describe("plan changes", () => {
  it("an upgrade applies at once and charges the difference for the rest of the month", async () => {
    const { vendor, shop } = await approvedShop(p.basic.id, at("2027-09-10T10:00:00+02:00"));
    await runBilling(at("2027-10-01T00:30:00+02:00"));
    // 16 October: 16 of 31 days of (39,99 − 19,00) = 2099 × 16 / 31 = 1083.35 → 1083
    const outcome = await changePlan(vendor, shop.id, { planId: p.premium.id }, at("2027-10-16T10:00:00+02:00"));
    expect(outcome).toEqual({ kind: "changed", chargedAmount: 1083 });
    expect((await shopOf(shop.id)).planId).toBe(p.premium.id);
    const subscriptions = await subscriptionsOf(shop.id);
    expect(subscriptions.map((s) => [s.planId, s.status])).toEqual([
      [p.basic.id, "EXPIRED"],
      [p.premium.id, "ACTIVE"],
    ]);
    expect((await chargesOf(shop.id)).at(-1)).toMatchObject({ kind: "UPGRADE", amountExclVat: 1083, vatAmount: 217 });
    await runBilling(at("2027-11-01T00:30:00+01:00"));
    expect((await chargesOf(shop.id)).at(-1)).toMatchObject({
      periodKey: "2027-11",
      amountExclVat: 3999,
      planId: p.premium.id,
    });
  });

  it("a downgrade waits for the 1st, is applied before billing, and can be withdrawn until then", async () => {
    const { vendor, shop } = await approvedShop(p.premium.id, at("2027-09-10T10:00:00+02:00"));
    await runBilling(at("2027-10-01T00:30:00+02:00"));
    const scheduled = await changePlan(vendor, shop.id, { planId: p.free.id }, at("2027-10-16T10:00:00+02:00"));
    expect(scheduled).toEqual({ kind: "scheduled", from: at("2027-11-01T00:00:00+01:00") });
    expect(await changePlan(vendor, shop.id, { planId: p.premium.id }, at("2027-10-17T10:00:00+02:00"))).toEqual({
      kind: "kept",
    });
    expect((await subscriptionsOf(shop.id)).at(-1)!.nextPlanId).toBeNull();
    await changePlan(vendor, shop.id, { planId: p.basic.id }, at("2027-10-18T10:00:00+02:00"));
    const chargesBefore = await chargesOf(shop.id);

    await runBilling(at("2027-10-20T10:00:00+02:00"));
    expect((await shopOf(shop.id)).planId).toBe(p.premium.id);

    const report = await runBilling(at("2027-11-01T00:30:00+01:00"));
    expect(report.downgraded).toBeGreaterThanOrEqual(1);
    expect((await shopOf(shop.id)).planId).toBe(p.basic.id);
    expect((await subscriptionsOf(shop.id)).map((s) => [s.planId, s.status])).toEqual([
      [p.premium.id, "EXPIRED"],
      [p.basic.id, "ACTIVE"],
    ]);
    const charges = await chargesOf(shop.id);
    expect(charges).toHaveLength(chargesBefore.length + 1);
    expect(charges.at(-1)).toMatchObject({ periodKey: "2027-11", amountExclVat: 1900, planId: p.basic.id });
  });

  it("between plans of the same fee applies at once with no charge", async () => {
    const twin = await getDb().plan.create({ data: { code: "twin-basic", name: "Jumeau", monthlyFeeAmount: 1900 } });
    const { vendor, shop } = await approvedShop(p.basic.id, at("2027-09-10T10:00:00+02:00"));
    const before = await chargesOf(shop.id);
    expect(await changePlan(vendor, shop.id, { planId: twin.id }, at("2027-09-20T10:00:00+02:00"))).toEqual({
      kind: "changed",
      chargedAmount: 0,
    });
    expect(await chargesOf(shop.id)).toEqual(before);
    expect((await shopOf(shop.id)).planId).toBe(twin.id);
  });
});

describe("cancellation", () => {
  it("ends on the 1st of next month, can be undone, then lapses the shop (off the storefront) and closes it after the grace months", async () => {
    const { vendor, shop } = await approvedShop(p.basic.id, at("2028-01-10T10:00:00+01:00"));
    const product = await getDb().product.create({
      data: {
        shopId: shop.id,
        slug: `pain-${shop.id}`,
        title: "Pain",
        priceAmount: 450,
        status: "ACTIVE",
        publishedAt: new Date(),
        stock: 5,
        stockTracked: true,
      },
    });
    expect(await getPublicProduct(product.slug, "fr")).not.toBeNull();

    const endsAt = await cancelSubscription(vendor, shop.id, at("2028-01-20T10:00:00+01:00"));
    expect(endsAt).toEqual(at("2028-02-01T00:00:00+01:00"));
    await resumeSubscription(vendor, shop.id, at("2028-01-21T10:00:00+01:00"));
    expect((await subscriptionsOf(shop.id)).at(-1)).toMatchObject({
      status: "ACTIVE",
      cancelledAt: null,
      endsAt: null,
    });
    await cancelSubscription(vendor, shop.id, at("2028-01-22T10:00:00+01:00"));

    await runBilling(at("2028-01-31T23:00:00+01:00"));
    expect((await shopOf(shop.id)).status).toBe("APPROVED");

    const report = await runBilling(at("2028-02-01T00:30:00+01:00"));
    expect(report.cancelled).toBeGreaterThanOrEqual(1);
    expect((await subscriptionsOf(shop.id)).at(-1)!.status).toBe("CANCELLED");
    expect(await shopOf(shop.id)).toMatchObject({
      status: "LAPSED",
      dashboardClosesAt: at("2028-05-01T00:00:00+02:00"),
    });
    expect((await chargesOf(shop.id)).some((charge) => charge.periodKey === "2028-02")).toBe(false);
    expect(await getPublicProduct(product.slug, "fr")).toBeNull();
    const audit = await getDb().auditLog.findFirst({ where: { entityId: shop.id, action: "shop.lapsed" } });
    expect(audit?.reason).toBe("subscription-cancelled");

    await runBilling(at("2028-04-30T23:00:00+02:00"));
    expect((await shopOf(shop.id)).status).toBe("LAPSED");
    await runBilling(at("2028-05-01T00:30:00+02:00"));
    expect((await shopOf(shop.id)).status).toBe("CLOSED");
    expect(await getDb().auditLog.count({ where: { entityId: shop.id, action: "shop.closed" } })).toBe(1);
  });

  it("a lapsed shop that subscribes again is live at once, its month prorated", async () => {
    const { vendor, shop } = await approvedShop(p.basic.id, at("2028-01-10T10:00:00+01:00"));
    await cancelSubscription(vendor, shop.id, at("2028-01-20T10:00:00+01:00"));
    await runBilling(at("2028-02-01T00:30:00+01:00"));
    expect((await shopOf(shop.id)).status).toBe("LAPSED");
    // 15 February 2028: 15 of 29 days of 39,99 € = 2068.4 → 2068
    const outcome = await changePlan(vendor, shop.id, { planId: p.premium.id }, at("2028-02-15T10:00:00+01:00"));
    expect(outcome).toEqual({ kind: "resubscribed", chargedAmount: 2068 });
    expect(await shopOf(shop.id)).toMatchObject({ status: "APPROVED", planId: p.premium.id, dashboardClosesAt: null });
  });
});
