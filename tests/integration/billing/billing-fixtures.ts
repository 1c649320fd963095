// Test data for plan billing (docs/business-models.md, subscriptions and billing): plans of each kind, VAT on fees
// at 20 %, shops approved (through approveShop) at a chosen instant, and what a billing step writes.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approveShop } from "@/lib/sellers/approve-shop";
import { createShop, createUser } from "../sellers/fixtures";

export { createShop, createUser, refusal } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");

/** Paris local time, written with its offset so the tests read like the calendar. */
export const at = (iso: string) => new Date(iso);

export async function plan(data: Partial<Prisma.PlanUncheckedCreateInput> = {}) {
  const code = `plan-${unique()}`;
  return getDb().plan.create({ data: { code, name: data.name ?? code, ...data } });
}

/** Free (10 %), "abonnement" 19,00 €, "premium" 39,99 €, an archived one, and a 3-month rent at 10,00 € less 5 %. */
export async function plans() {
  return {
    free: await plan({ name: "Gratuit", defaultCommissionBps: 1000 }),
    basic: await plan({ name: "Abonnement", monthlyFeeAmount: 1900, defaultCommissionBps: 500 }),
    premium: await plan({ name: "Premium", monthlyFeeAmount: 3999, defaultCommissionBps: 500, premium: true }),
    archived: await plan({ name: "Ancienne", monthlyFeeAmount: 2500, active: false }),
    rent3: await plan({
      name: "Location 3 mois",
      billing: "FIXED_TERM",
      monthlyFeeAmount: 1000,
      termMonths: 3,
      discountBps: 500,
    }),
  };
}

export type Plans = Awaited<ReturnType<typeof plans>>;

export async function settings(data: Partial<Prisma.MarketplaceSettingsUncheckedCreateInput> = {}) {
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, feesVatBps: 2000, closedShopGraceMonths: 3, ...data },
    update: { feesVatBps: 2000, closedShopGraceMonths: 3, ...data },
  });
}

let operator: Actor | null = null;
export async function theOperator(): Promise<Actor> {
  operator ??= await createUser("OPERATOR", "Olivia Operator");
  return operator;
}

/** A vendor's shop on `planId`, submitted then approved by the operator at `now`. */
export async function approvedShop(planId: string | null, now: Date, owner?: Actor) {
  const vendor = owner ?? (await createUser("VENDOR", "Léa Vendeuse"));
  const shop = await createShop(vendor, { status: "PENDING", planId, submittedAt: now });
  await approveShop(await theOperator(), { shopId: shop.id }, now);
  return { vendor, shop };
}

/** Credits a shop's balance (a sale), as the ledger would. */
export async function credit(shopId: string, amount: number) {
  await getDb().ledgerEntry.create({ data: { shopId, type: "SALE", amount, availableAt: new Date() } });
}

export async function chargesOf(shopId: string) {
  return getDb().billingCharge.findMany({
    where: { shopId },
    orderBy: [{ createdAt: "asc" }, { periodStart: "asc" }],
    select: {
      kind: true,
      periodKey: true,
      amountExclVat: true,
      vatAmount: true,
      totalAmount: true,
      status: true,
      paidWith: true,
      ledgerEntryId: true,
      planId: true,
    },
  });
}

export async function feeEntriesOf(shopId: string) {
  return getDb().ledgerEntry.findMany({
    where: { shopId, type: "SUBSCRIPTION_FEE" },
    orderBy: { createdAt: "asc" },
    select: { id: true, amount: true, availableAt: true, memo: true },
  });
}

export async function subscriptionsOf(shopId: string) {
  return getDb().subscription.findMany({
    where: { shopId },
    orderBy: [{ startedAt: "asc" }, { createdAt: "asc" }],
    select: { status: true, planId: true, startedAt: true, endsAt: true, cancelledAt: true, nextPlanId: true },
  });
}

export async function shopOf(shopId: string) {
  return getDb().shop.findUniqueOrThrow({
    where: { id: shopId },
    select: { status: true, planId: true, dashboardClosesAt: true },
  });
}

/** Everything a billing action may write for a shop, to assert that a refusal changed nothing. */
export async function billingSnapshot(shopId: string) {
  const db = getDb();
  return {
    shop: await shopOf(shopId),
    subscriptions: await subscriptionsOf(shopId),
    charges: await chargesOf(shopId),
    ledger: await db.ledgerEntry.count({ where: { shopId } }),
    audits: await db.auditLog.count({ where: { entityId: shopId } }),
  };
}
