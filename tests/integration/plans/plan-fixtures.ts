// Test data for plans: an operator's plan form as typed, rows written directly, and what a plan
// action may change (the plans with their rules, shops' plans and the audit rows).
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanFieldsInput } from "@/lib/plans/plan-schema";

export const unique = () => randomBytes(4).toString("hex");

/** A monthly plan as the form sends it (French locale): 19,00 € a month, 10 % commission. */
export function planInput(overrides: Partial<PlanFieldsInput> = {}): PlanFieldsInput {
  return {
    code: `plan-${unique()}`,
    name: "Abonnement",
    description: "Pour les commerces de quartier",
    billing: "MONTHLY",
    monthlyFee: "19,00",
    defaultCommission: "10",
    commissionFreeSales: "0",
    commissionOnShipping: false,
    paymentFeePassThrough: false,
    termMonths: "1",
    discount: "0",
    premium: false,
    position: "0",
    ...overrides,
  };
}

export async function planRow(data: Partial<Prisma.PlanUncheckedCreateInput> = {}) {
  return getDb().plan.create({
    data: { code: `row-${unique()}`, name: "Formule", defaultCommissionBps: 1000, ...data },
  });
}

export async function category(slug = `cat-${unique()}`, parentId: string | null = null) {
  return getDb().category.create({ data: { slug, names: { fr: "Bijoux", en: "Jewellery" }, parentId } });
}

export async function setMarketplace(data: Prisma.MarketplaceSettingsUncheckedCreateInput) {
  return getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}

/** Everything a plan action may write. */
export async function plansSnapshot() {
  const db = getDb();
  return {
    plans: await db.plan.findMany({ orderBy: { id: "asc" } }),
    rules: await db.commissionRule.findMany({ orderBy: { id: "asc" } }),
    shops: await db.shop.findMany({ select: { id: true, planId: true }, orderBy: { id: "asc" } }),
    audits: await db.auditLog.count(),
  };
}

export async function lastAudit(action: string) {
  return getDb().auditLog.findFirstOrThrow({ where: { action }, orderBy: { createdAt: "desc" } });
}
