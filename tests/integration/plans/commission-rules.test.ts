import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { commissionRateFor } from "@/lib/checkout/rules/commission";
import { getDb } from "@/lib/db";
import { addCommissionRule, removeCommissionRule, updateCommissionRule } from "@/lib/plans/commission-rules";
import { getPlanForDisplay } from "@/lib/plans/offered-plans";
import { createUser, refusal } from "../sellers/fixtures";
import { category, lastAudit, planRow, plansSnapshot } from "./plan-fixtures";

let operator: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
});

describe("commission rules", () => {
  it("adds rules by kind and by category, which the commission engine then applies by precedence", async () => {
    const plan = await planRow({ defaultCommissionBps: 1000 });
    const jewellery = await category();
    const rings = await category(undefined, jewellery.id);
    await addCommissionRule(operator, plan.id, { productKind: "SERVICE", categoryId: "", rate: "20" });
    await addCommissionRule(operator, plan.id, { productKind: "", categoryId: jewellery.id, rate: "15 %" });
    await addCommissionRule(operator, plan.id, { productKind: "SERVICE", categoryId: jewellery.id, rate: "2,5" });

    const offered = await getPlanForDisplay(undefined, plan.id);
    expect(offered?.rules).toHaveLength(3);
    expect(offered?.rules.find((rule) => rule.productKind === null)).toMatchObject({
      categoryId: jewellery.id,
      categoryNames: { fr: "Bijoux", en: "Jewellery" },
      rateBps: 1500,
    });
    const engine = offered!;
    expect(commissionRateFor(engine, { kind: "PHYSICAL", categoryPath: [] })).toBe(1000);
    expect(commissionRateFor(engine, { kind: "SERVICE", categoryPath: [] })).toBe(2000);
    expect(commissionRateFor(engine, { kind: "PHYSICAL", categoryPath: [rings.id, jewellery.id] })).toBe(1500);
    expect(commissionRateFor(engine, { kind: "SERVICE", categoryPath: [rings.id, jewellery.id] })).toBe(250);

    const audit = await lastAudit("plan.rule_added");
    expect(audit).toMatchObject({ entityType: "Plan", entityId: plan.id });
    expect(audit.data).toMatchObject({ before: null, after: { productKind: "SERVICE", rateBps: 250 } });
  });

  it("edits and removes a rule, audited with before and after", async () => {
    const plan = await planRow();
    const { id } = await addCommissionRule(operator, plan.id, { productKind: "DIGITAL", categoryId: "", rate: "10" });
    await updateCommissionRule(operator, id, { productKind: "DIGITAL", categoryId: "", rate: "12" });
    expect(await getDb().commissionRule.findUniqueOrThrow({ where: { id } })).toMatchObject({ rateBps: 1200 });
    expect((await lastAudit("plan.rule_updated")).data).toMatchObject({
      before: { rateBps: 1000 },
      after: { rateBps: 1200 },
    });
    await removeCommissionRule(operator, id);
    expect(await getDb().commissionRule.count({ where: { id } })).toBe(0);
    expect((await lastAudit("plan.rule_removed")).data).toMatchObject({ before: { id }, after: null });
  });

  it.each([
    ["rate", { productKind: "SERVICE", categoryId: "", rate: "" }, "plans.errors.rateInvalid"],
    ["rate", { productKind: "SERVICE", categoryId: "", rate: "150" }, "plans.errors.rateInvalid"],
    ["productKind", { productKind: "", categoryId: "", rate: "10" }, "plans.errors.ruleNeedsTarget"],
    ["productKind", { productKind: "FOOD", categoryId: "", rate: "10" }, "plans.errors.kindInvalid"],
    ["categoryId", { productKind: "", categoryId: "no-such-category", rate: "10" }, "plans.errors.categoryUnknown"],
    ["categoryId", { productKind: "", categoryId: "bad id!", rate: "10" }, "plans.errors.categoryUnknown"],
  ])("refuses a bad %s (%j), writing nothing", async (field, input, message) => {
    const plan = await planRow();
    const before = await plansSnapshot();
    const error = await refusal(addCommissionRule(operator, plan.id, input));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(message);
    expect(await plansSnapshot()).toEqual(before);
  });

  it("refuses a second rule for the same category and kind, on add and on edit", async () => {
    const plan = await planRow();
    const jewellery = await category();
    await addCommissionRule(operator, plan.id, { productKind: "SERVICE", categoryId: "", rate: "20" });
    const { id } = await addCommissionRule(operator, plan.id, { productKind: "", categoryId: jewellery.id, rate: "5" });
    const before = await plansSnapshot();
    expect(
      (await refusal(addCommissionRule(operator, plan.id, { productKind: "SERVICE", categoryId: "", rate: "30" })))
        .fieldErrors,
    ).toEqual({ productKind: "plans.errors.ruleDuplicate" });
    expect(
      (await refusal(addCommissionRule(operator, plan.id, { productKind: "", categoryId: jewellery.id, rate: "30" })))
        .fieldErrors,
    ).toEqual({ categoryId: "plans.errors.ruleDuplicate" });
    expect(
      (await refusal(updateCommissionRule(operator, id, { productKind: "SERVICE", categoryId: "", rate: "30" })))
        .fieldErrors,
    ).toEqual({ productKind: "plans.errors.ruleDuplicate" });
    expect(await plansSnapshot()).toEqual(before);
    // The same rule on another plan is fine.
    const other = await planRow();
    await addCommissionRule(operator, other.id, { productKind: "SERVICE", categoryId: "", rate: "30" });
  });

  it("refuses any rule on a fixed term: rent carries no commission", async () => {
    const plan = await planRow({ billing: "FIXED_TERM", defaultCommissionBps: 0, termMonths: 3 });
    const before = await plansSnapshot();
    const error = await refusal(
      addCommissionRule(operator, plan.id, { productKind: "SERVICE", categoryId: "", rate: "5" }),
    );
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { rate: "plans.errors.fixedTermNoRules" } });
    expect(await plansSnapshot()).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown plan or rule", async () => {
    const input = { productKind: "SERVICE", categoryId: "", rate: "5" };
    expect((await refusal(addCommissionRule(operator, "missing", input))).code).toBe("NOT_FOUND");
    expect((await refusal(updateCommissionRule(operator, "missing", input))).code).toBe("NOT_FOUND");
    expect((await refusal(removeCommissionRule(operator, "missing"))).code).toBe("NOT_FOUND");
  });
});
