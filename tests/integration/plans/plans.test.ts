import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { archivePlan, unarchivePlan } from "@/lib/plans/set-plan-active";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlanForOperator } from "@/lib/plans/get-plan-for-operator";
import { listOfferedPlans, getPlanForDisplay } from "@/lib/plans/offered-plans";
import { listPlansForOperator } from "@/lib/plans/list-plans-for-operator";
import { updatePlan } from "@/lib/plans/update-plan";
import { createShop, createUser, refusal } from "../sellers/fixtures";
import { lastAudit, planInput, planRow, plansSnapshot, setMarketplace } from "./plan-fixtures";

let operator: Actor;
let vendor: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  vendor = await createUser("VENDOR");
  await setMarketplace({ currency: "EUR" });
});

describe("createPlan", () => {
  it("creates a monthly plan from what the operator typed, in the marketplace's currency, audited", async () => {
    const { id } = await createPlan(
      operator,
      planInput({
        code: "  Abonnement-Local ",
        monthlyFee: "19,90",
        defaultCommission: "7,5 %",
        commissionFreeSales: "10",
        commissionOnShipping: true,
        paymentFeePassThrough: true,
        premium: true,
        position: "3",
        // a monthly plan has no term nor discount, whatever was typed
        termMonths: "6",
        discount: "15",
      }),
      "fr",
    );
    const plan = await getDb().plan.findUniqueOrThrow({ where: { id } });
    expect(plan).toMatchObject({
      code: "abonnement-local",
      currency: "EUR",
      billing: "MONTHLY",
      monthlyFeeAmount: 1990,
      defaultCommissionBps: 750,
      commissionFreeSales: 10,
      commissionOnShipping: true,
      paymentFeePassThrough: true,
      premium: true,
      position: 3,
      termMonths: 1,
      discountBps: 0,
      active: true,
      presetKey: null,
    });
    const audit = await lastAudit("plan.created");
    expect(audit).toMatchObject({ actorId: operator.id, entityType: "Plan", entityId: id });
    expect(audit.data).toMatchObject({ before: null, after: { code: "abonnement-local", monthlyFeeAmount: 1990 } });
  });

  it("creates a fixed term with its months and discount, priced by termPriceOf", async () => {
    const { id } = await createPlan(
      operator,
      planInput({ billing: "FIXED_TERM", monthlyFee: "20", defaultCommission: "0", termMonths: "12", discount: "20" }),
      "fr",
    );
    const plan = await getPlanForDisplay(undefined, id);
    expect(plan).toMatchObject({ billing: "FIXED_TERM", termMonths: 12, discountBps: 2000, termPriceAmount: 19200 });
  });

  it.each([
    ["code", { code: "" }, "plans.errors.codeRequired"],
    ["code", { code: "Mon plan!" }, "plans.errors.codeInvalid"],
    ["code", { code: "a".repeat(41) }, "plans.errors.codeTooLong"],
    ["name", { name: "   " }, "plans.errors.nameRequired"],
    ["monthlyFee", { monthlyFee: "-5" }, "plans.errors.feeInvalid"],
    ["monthlyFee", { monthlyFee: "12,345" }, "plans.errors.feeInvalid"],
    ["defaultCommission", { defaultCommission: "101" }, "plans.errors.rateInvalid"],
    ["defaultCommission", { defaultCommission: "dix" }, "plans.errors.rateInvalid"],
    ["commissionFreeSales", { commissionFreeSales: "-1" }, "plans.errors.freeSalesInvalid"],
    ["billing", { billing: "WEEKLY" as "MONTHLY" }, "plans.errors.billingInvalid"],
    [
      "termMonths",
      { billing: "FIXED_TERM", defaultCommission: "0", termMonths: "2" },
      "plans.errors.termMonthsInvalid",
    ],
    ["discount", { billing: "FIXED_TERM", defaultCommission: "0", discount: "95" }, "plans.errors.discountInvalid"],
    ["defaultCommission", { billing: "FIXED_TERM", defaultCommission: "10" }, "plans.errors.fixedTermCommission"],
    [
      "commissionOnShipping",
      { billing: "FIXED_TERM", defaultCommission: "0", commissionOnShipping: true },
      "plans.errors.fixedTermCommission",
    ],
    ["position", { position: "deux" }, "plans.errors.positionInvalid"],
    ["payoutSchedule", { payoutSchedule: "DAILY" }, "plans.errors.payoutScheduleInvalid"],
  ] as const)("refuses a bad %s (%j), writing nothing", async (field, overrides, message) => {
    const before = await plansSnapshot();
    const error = await refusal(createPlan(operator, planInput(overrides), "fr"));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(message);
    expect(await plansSnapshot()).toEqual(before);
  });

  it("refuses a code another plan has, on the code field", async () => {
    const existing = await planRow();
    const before = await plansSnapshot();
    const error = await refusal(createPlan(operator, planInput({ code: existing.code.toUpperCase() }), "fr"));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { code: "plans.errors.codeTaken" } });
    expect(await plansSnapshot()).toEqual(before);
  });
});

describe("updatePlan", () => {
  it("changes the terms and audits before and after; the shops stay on it", async () => {
    const plan = await planRow({ name: "Ancien nom", defaultCommissionBps: 1000 });
    const shop = await createShop(vendor, { planId: plan.id });
    await updatePlan(
      operator,
      plan.id,
      planInput({ code: plan.code, name: "Nouveau nom", defaultCommission: "12,5" }),
      "fr",
    );
    const after = await getDb().plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(after).toMatchObject({ name: "Nouveau nom", defaultCommissionBps: 1250, monthlyFeeAmount: 1900 });
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).planId).toBe(plan.id);
    const audit = await lastAudit("plan.updated");
    expect(audit.entityId).toBe(plan.id);
    expect(audit.data).toMatchObject({
      before: { name: "Ancien nom", defaultCommissionBps: 1000 },
      after: { name: "Nouveau nom", defaultCommissionBps: 1250 },
    });
  });

  it("reads money in English too", async () => {
    const plan = await planRow();
    await updatePlan(
      operator,
      plan.id,
      planInput({ code: plan.code, monthlyFee: "1,234.50", defaultCommission: "2.5" }),
      "en",
    );
    expect(await getDb().plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      monthlyFeeAmount: 123450,
      defaultCommissionBps: 250,
    });
  });

  it("refuses to make a plan with rules a fixed term, on the billing field, changing nothing", async () => {
    const plan = await planRow({ commissionRules: { create: [{ productKind: "SERVICE", rateBps: 2000 }] } });
    const before = await plansSnapshot();
    const error = await refusal(
      updatePlan(
        operator,
        plan.id,
        planInput({ code: plan.code, billing: "FIXED_TERM", defaultCommission: "0" }),
        "fr",
      ),
    );
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { billing: "plans.errors.fixedTermHasRules" } });
    expect(await plansSnapshot()).toEqual(before);
  });

  it("refuses bad input and an unknown plan, changing nothing", async () => {
    const plan = await planRow();
    const before = await plansSnapshot();
    const error = await refusal(updatePlan(operator, plan.id, planInput({ code: plan.code, name: "" }), "fr"));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { name: "plans.errors.nameRequired" } });
    expect((await refusal(updatePlan(operator, "nope", planInput(), "fr"))).code).toBe("NOT_FOUND");
    expect((await refusal(updatePlan(operator, "../x", planInput(), "fr"))).code).toBe("NOT_FOUND");
    expect(await plansSnapshot()).toEqual(before);
  });
});

describe("a plan's payout schedule (docs/payouts.md, schedules)", () => {
  it("is the marketplace's by default, may be set on creation, changed and given back, audited", async () => {
    const { id } = await createPlan(operator, planInput(), "fr");
    expect((await getDb().plan.findUniqueOrThrow({ where: { id } })).payoutSchedule).toBeNull();

    const { id: weekly } = await createPlan(operator, planInput({ payoutSchedule: "WEEKLY" }), "fr");
    expect((await getPlanForDisplay(undefined, weekly))?.payoutSchedule).toBe("WEEKLY");
    expect((await lastAudit("plan.created")).data).toMatchObject({ after: { payoutSchedule: "WEEKLY" } });

    const code = (await getDb().plan.findUniqueOrThrow({ where: { id: weekly } })).code;
    await updatePlan(operator, weekly, planInput({ code, payoutSchedule: "ON_REQUEST" }), "fr");
    expect((await lastAudit("plan.updated")).data).toMatchObject({
      before: { payoutSchedule: "WEEKLY" },
      after: { payoutSchedule: "ON_REQUEST" },
    });
    await updatePlan(operator, weekly, planInput({ code, payoutSchedule: "" }), "fr");
    expect((await getDb().plan.findUniqueOrThrow({ where: { id: weekly } })).payoutSchedule).toBeNull();
  });

  it("refuses a schedule that is not one of the four, changing nothing", async () => {
    const plan = await planRow({ payoutSchedule: "MONTHLY" });
    const before = await plansSnapshot();
    const error = await refusal(
      updatePlan(operator, plan.id, planInput({ code: plan.code, payoutSchedule: "DAILY" }), "fr"),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { payoutSchedule: "plans.errors.payoutScheduleInvalid" },
    });
    expect(await plansSnapshot()).toEqual(before);
  });

  it("refuses to change it for a vendor or a signed-out visitor, changing nothing", async () => {
    const plan = await planRow();
    const before = await plansSnapshot();
    for (const [actor, code] of [
      [vendor, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const) {
      const error = await refusal(
        updatePlan(actor, plan.id, planInput({ code: plan.code, payoutSchedule: "WEEKLY" }), "fr"),
      );
      expect(error.code).toBe(code);
    }
    expect(await plansSnapshot()).toEqual(before);
  });
});

describe("archivePlan and unarchivePlan", () => {
  it("archives: no longer offered, its shops keep it, still readable for display; then offers it again", async () => {
    const plan = await planRow({ name: "À archiver" });
    const shop = await createShop(vendor, { planId: plan.id });
    expect((await listOfferedPlans()).map((offered) => offered.id)).toContain(plan.id);

    await archivePlan(operator, plan.id);
    expect((await listOfferedPlans()).map((offered) => offered.id)).not.toContain(plan.id);
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).planId).toBe(plan.id);
    expect(await getPlanForDisplay(undefined, plan.id)).toMatchObject({ id: plan.id, active: false });
    expect(await getPlanForOperator(operator, plan.id)).toMatchObject({ active: false, shopsCount: 1 });
    const audit = await lastAudit("plan.archived");
    expect(audit).toMatchObject({ entityId: plan.id, data: { before: { active: true }, after: { active: false } } });

    const listed = await listPlansForOperator(operator, { status: "archived" });
    expect(listed.plans.map((row) => row.id)).toContain(plan.id);
    expect((await listPlansForOperator(operator, { status: "active" })).plans.map((row) => row.id)).not.toContain(
      plan.id,
    );

    await unarchivePlan(operator, plan.id);
    expect((await listOfferedPlans()).map((offered) => offered.id)).toContain(plan.id);
    expect((await lastAudit("plan.unarchived")).entityId).toBe(plan.id);
  });

  it("refuses to archive the marketplace's default plan, changing nothing", async () => {
    const plan = await planRow();
    await setMarketplace({ defaultPlanId: plan.id });
    const before = await plansSnapshot();
    const error = await refusal(archivePlan(operator, plan.id));
    expect(error).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "plans.errors.defaultNotArchivable" } });
    expect(await plansSnapshot()).toEqual(before);
    await setMarketplace({ defaultPlanId: null });
  });

  it("refuses to archive twice, or to offer a plan already offered", async () => {
    const plan = await planRow({ active: false });
    expect((await refusal(archivePlan(operator, plan.id))).fieldErrors.form).toBe("plans.errors.alreadyArchived");
    await unarchivePlan(operator, plan.id);
    expect((await refusal(unarchivePlan(operator, plan.id))).fieldErrors.form).toBe("plans.errors.alreadyActive");
    expect((await refusal(archivePlan(operator, "missing"))).code).toBe("NOT_FOUND");
  });
});

describe("listOfferedPlans", () => {
  it("offers active plans by position then name, with their rules and term prices", async () => {
    await getDb().plan.updateMany({ data: { active: false } });
    const b = await planRow({ name: "B", position: 1 });
    const a = await planRow({ name: "A", position: 1 });
    const first = await planRow({
      name: "Z",
      position: 0,
      billing: "FIXED_TERM",
      defaultCommissionBps: 0,
      monthlyFeeAmount: 2000,
      termMonths: 3,
      discountBps: 500,
    });
    await planRow({ name: "Archivée", position: -1, active: false });
    const offered = await listOfferedPlans();
    expect(offered.map((plan) => plan.id)).toEqual([first.id, a.id, b.id]);
    expect(offered[0].termPriceAmount).toBe(5700);
    expect(offered[1].termPriceAmount).toBe(0);
  });
});
