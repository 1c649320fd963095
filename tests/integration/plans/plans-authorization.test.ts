import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { addCommissionRule, removeCommissionRule, updateCommissionRule } from "@/lib/plans/commission-rules";
import { applyPreset } from "@/lib/plans/apply-preset";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlanForOperator } from "@/lib/plans/get-plan-for-operator";
import { listPlansForOperator } from "@/lib/plans/list-plans-for-operator";
import { archivePlan, unarchivePlan } from "@/lib/plans/set-plan-active";
import { updatePlan } from "@/lib/plans/update-plan";
import { createShop, createUser, refusal } from "../sellers/fixtures";
import { planInput, planRow, plansSnapshot } from "./plan-fixtures";

type Fixture = { planId: string; archivedId: string; ruleId: string };

// Every plan action and read, on a plan whose shop belongs to `owner`: only operators may act.
const ACTIONS: { name: string; run: (actor: Actor | null, fixture: Fixture) => Promise<unknown> }[] = [
  { name: "createPlan", run: (actor) => createPlan(actor, planInput(), "fr") },
  { name: "updatePlan", run: (actor, { planId }) => updatePlan(actor, planId, planInput({ name: "Piratée" }), "fr") },
  { name: "archivePlan", run: (actor, { planId }) => archivePlan(actor, planId) },
  { name: "unarchivePlan", run: (actor, { archivedId }) => unarchivePlan(actor, archivedId) },
  {
    name: "addCommissionRule",
    run: (actor, { planId }) => addCommissionRule(actor, planId, { productKind: "DIGITAL", categoryId: "", rate: "1" }),
  },
  {
    name: "updateCommissionRule",
    run: (actor, { ruleId }) =>
      updateCommissionRule(actor, ruleId, { productKind: "SERVICE", categoryId: "", rate: "1" }),
  },
  { name: "removeCommissionRule", run: (actor, { ruleId }) => removeCommissionRule(actor, ruleId) },
  { name: "applyPreset", run: (actor) => applyPreset(actor, { preset: "rent" }) },
  { name: "listPlansForOperator", run: (actor) => listPlansForOperator(actor) },
  { name: "getPlanForOperator", run: (actor, { planId }) => getPlanForOperator(actor, planId) },
];

let fixture: Fixture;
let owner: Actor;
let otherVendor: Actor;
let shopper: Actor;

beforeAll(async () => {
  owner = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  const plan = await planRow({ commissionRules: { create: [{ productKind: "SERVICE", rateBps: 2000 }] } });
  const archived = await planRow({ active: false });
  await createShop(owner, { planId: plan.id });
  await createShop(otherVendor, { planId: archived.id });
  const { commissionRules } = await getDb().plan.findUniqueOrThrow({
    where: { id: plan.id },
    select: { commissionRules: { select: { id: true } } },
  });
  fixture = { planId: plan.id, archivedId: archived.id, ruleId: commissionRules[0].id };
});

describe.each(ACTIONS)("$name", ({ run }) => {
  const refused: [string, () => Actor | null, string][] = [
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["the vendor of a shop on the plan", () => owner, "FORBIDDEN"],
    ["another shop's vendor", () => otherVendor, "FORBIDDEN"],
  ];

  it.each(refused)("is refused to %s, changing nothing", async (_who, actorOf, code) => {
    const before = await plansSnapshot();
    expect((await refusal(run(actorOf(), fixture))).code).toBe(code);
    expect(await plansSnapshot()).toEqual(before);
  });
});
