import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/forms/parse-input";
import { parseIdOrThrow } from "@/lib/parse-id";
import { commissionRuleSchema, type CommissionRuleInput } from "./plan-schema";
import { lockPlan } from "./plan-record";

const RULE_SELECT = { id: true, productKind: true, categoryId: true, rateBps: true } as const;

type Rule = ReturnType<typeof commissionRuleSchema.parse>;

/**
 * The checks every rule write makes, under the plan's lock (docs/business-models.md, subscriptions and billing): the
 * plan is not a fixed term (rent carries no commission), the category exists, and no other rule of
 * the plan has the same category and kind (the precedence would be ambiguous).
 */
async function checkRule(tx: Prisma.TransactionClient, planId: string, rule: Rule, exceptRuleId: string | null) {
  const plan = await lockPlan(tx, planId);
  if (plan.billing === "FIXED_TERM")
    throw new AppError("VALIDATION", "fixed term has no commission", { rate: "plans.errors.fixedTermNoRules" });
  if (rule.categoryId !== null) {
    const category = await tx.category.count({ where: { id: rule.categoryId } });
    if (!category) throw new AppError("VALIDATION", "unknown category", { categoryId: "plans.errors.categoryUnknown" });
  }
  const twin = await tx.commissionRule.findFirst({
    where: {
      planId,
      categoryId: rule.categoryId,
      productKind: rule.productKind,
      ...(exceptRuleId ? { id: { not: exceptRuleId } } : {}),
    },
    select: { id: true },
  });
  if (twin)
    throw new AppError("VALIDATION", "duplicate rule", {
      [rule.categoryId !== null ? "categoryId" : "productKind"]: "plans.errors.ruleDuplicate",
    });
}

/** Adds a commission rule to a plan, by product kind and/or category. Operators only. */
export async function addCommissionRule(
  actor: Actor | null,
  planIdInput: string,
  input: CommissionRuleInput,
): Promise<{ id: string }> {
  assertRole(actor, "OPERATOR");
  const planId = parseIdOrThrow(planIdInput);
  const rule = parseInput(commissionRuleSchema, input);
  return getDb().$transaction(async (tx) => {
    await checkRule(tx, planId, rule, null);
    const created = await tx.commissionRule.create({ data: { planId, ...rule }, select: RULE_SELECT });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.rule_added",
      entityType: "Plan",
      entityId: planId,
      data: { before: null, after: created },
    });
    return { id: created.id };
  });
}

/** Changes a commission rule's kind, category or rate. Operators only. */
export async function updateCommissionRule(
  actor: Actor | null,
  ruleIdInput: string,
  input: CommissionRuleInput,
): Promise<void> {
  assertRole(actor, "OPERATOR");
  const ruleId = parseIdOrThrow(ruleIdInput);
  const rule = parseInput(commissionRuleSchema, input);
  await getDb().$transaction(async (tx) => {
    const existing = await tx.commissionRule.findUnique({ where: { id: ruleId }, select: { planId: true } });
    if (!existing) throw new AppError("NOT_FOUND");
    await checkRule(tx, existing.planId, rule, ruleId);
    // Read again under the plan's lock: a concurrent removal leaves nothing to update.
    const before = await tx.commissionRule.findUnique({ where: { id: ruleId }, select: RULE_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.commissionRule.update({ where: { id: ruleId }, data: rule, select: RULE_SELECT });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.rule_updated",
      entityType: "Plan",
      entityId: existing.planId,
      data: { before, after },
    });
  });
}

/** Removes a commission rule: the plan's sales fall back to the next rule, or the default. Operators only. */
export async function removeCommissionRule(actor: Actor | null, ruleIdInput: string): Promise<void> {
  assertRole(actor, "OPERATOR");
  const ruleId = parseIdOrThrow(ruleIdInput);
  await getDb().$transaction(async (tx) => {
    const existing = await tx.commissionRule.findUnique({ where: { id: ruleId }, select: { planId: true } });
    if (!existing) throw new AppError("NOT_FOUND");
    await lockPlan(tx, existing.planId);
    const before = await tx.commissionRule.findUnique({ where: { id: ruleId }, select: RULE_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.commissionRule.delete({ where: { id: ruleId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.rule_removed",
      entityType: "Plan",
      entityId: existing.planId,
      data: { before, after: null },
    });
  });
}
