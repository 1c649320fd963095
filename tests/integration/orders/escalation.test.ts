// Escalations (docs/domain.md, returns and escalations): the shopper takes a refused return to the
// marketplace (not a business buyer's change of mind), and an operator decides it: refund all,
// refund part, or side with the shop. Who may act, bad input, a part not escalated, two operators
// at once, the refund's ledger entries, the audit row, the timeline.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { decideEscalation, type DecideEscalationInput } from "@/lib/orders/decide-escalation";
import { listAllShopOrders } from "@/lib/orders/list-all-shop-orders";
import { listShopOrders } from "@/lib/orders/list-shop-orders";
import { refundShopOrder } from "@/lib/orders/refund-shop-order";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { emailsTo } from "./deadline-fixtures";
import { createUser, lifeSnapshot, refusal, twoShops, type Shops } from "./order-fixtures";
import { returnRequested, returnSnapshot } from "./return-fixtures";

let shops: Shops;
let operator: Actor;
const db = () => getDb();

beforeAll(() => {
  process.env.APP_URL = "https://halle.test";
});

beforeEach(async () => {
  shops = await twoShops();
  operator = await createUser("OPERATOR");
});

const partOf = (id: string) => db().shopOrder.findUniqueOrThrow({ where: { id } });
const escalate = (shopOrderId: string, reason?: string) => ({ shopOrderId, action: "ESCALATE" as const, reason });

describe("ESCALATE", () => {
  it("the shopper takes a refused return to the marketplace: dated on the part and the request; shop and operators told", async () => {
    const paid = await returnRequested(shops, { refused: true });
    await transitionShopOrder(paid.shopper, escalate(paid.part.id, "Voyez la photo"));
    const part = await partOf(paid.part.id);
    expect(part.status).toBe("ESCALATED");
    expect(part.escalatedAt).toBeInstanceOf(Date);
    const { request } = await returnSnapshot(paid.part.id);
    expect(request).toMatchObject({ escalationNote: "Voyez la photo", escalatedAt: part.escalatedAt });
    expect(await emailsTo(operator.email, "order.escalated-operator")).toBe(1);
    expect(await emailsTo(shops.potterVendor.email, "order.escalated-shop")).toBe(1);
  });

  it("a business buyer's refused change of mind stays refused; their problem may be escalated", async () => {
    const withdrawal = await returnRequested(shops, { refused: true, business: true, kind: "WITHDRAWAL" });
    const before = await lifeSnapshot(withdrawal.order.id);
    const error = await refusal(transitionShopOrder(withdrawal.shopper, escalate(withdrawal.part.id)));
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "orders.returns.errors.notEscalatable" });
    expect(await lifeSnapshot(withdrawal.order.id)).toEqual(before);

    const problem = await returnRequested(shops, { refused: true, business: true, kind: "PROBLEM" });
    await transitionShopOrder(problem.shopper, escalate(problem.part.id));
    expect((await partOf(problem.part.id)).status).toBe("ESCALATED");
    // a consumer's change of mind may be escalated
    const consumer = await returnRequested(shops, { refused: true, kind: "WITHDRAWAL" });
    await transitionShopOrder(consumer.shopper, escalate(consumer.part.id));
    expect((await partOf(consumer.part.id)).status).toBe("ESCALATED");
  });

  it("only the shopper, only after a refusal; others refused with nothing changed", async () => {
    const paid = await returnRequested(shops, { refused: true });
    const before = await lifeSnapshot(paid.order.id);
    const cases: [string, Actor | null, string][] = [
      ["the shop's vendor", shops.potterVendor, "FORBIDDEN"],
      ["an operator", operator, "FORBIDDEN"],
      ["another shop's vendor", shops.bakerVendor, "NOT_FOUND"],
      ["another shopper", await createUser("SHOPPER"), "NOT_FOUND"],
      ["a signed-out visitor", null, "UNAUTHENTICATED"],
    ];
    for (const [who, actor, code] of cases)
      expect((await refusal(transitionShopOrder(actor, escalate(paid.part.id)))).code, who).toBe(code);
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);

    const pending = await returnRequested(shops);
    expect((await refusal(transitionShopOrder(pending.shopper, escalate(pending.part.id)))).code).toBe("CONFLICT");
    const tooLong = await refusal(transitionShopOrder(paid.shopper, escalate(paid.part.id, "x".repeat(1001))));
    expect(tooLong).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: "orderLife.errors.reasonTooLong" } });
  });
});

describe("decideEscalation", () => {
  const decide = (shopOrderId: string, extra: Partial<DecideEscalationInput>): DecideEscalationInput => ({
    shopOrderId,
    note: "Photo convaincante",
    ...extra,
  });

  it("refund all: RETURNED, what remains refunded with the commission given back, stock kept, audited, both told", async () => {
    const paid = await returnRequested(shops, { escalated: true });
    // the shop had already refunded 5 € before: only 29.90 € remains
    await db().shopOrder.update({ where: { id: paid.part.id }, data: { status: "DELIVERED" } });
    await refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "Geste", amount: 500 });
    await db().shopOrder.update({ where: { id: paid.part.id }, data: { status: "ESCALATED" } });
    const stock = (await db().product.findUniqueOrThrow({ where: { id: shops.bowl.id } })).stock;

    const preview = await decideEscalation(operator, decide(paid.part.id, { decision: "REFUND_ALL" }), {
      preview: true,
    });
    expect(preview).toEqual({ decision: "REFUND_ALL", status: "RETURNED", amount: 2990, refundId: null });
    const result = await decideEscalation(operator, decide(paid.part.id, { decision: "REFUND_ALL" }));
    expect(result).toMatchObject({ status: "RETURNED", amount: 2990 });

    const part = await partOf(paid.part.id);
    expect(part).toMatchObject({ status: "RETURNED", refundedAmount: 3490, escalatedAt: null });
    const refunds = await db().refund.findMany({ where: { shopOrderId: paid.part.id }, orderBy: { createdAt: "asc" } });
    expect(refunds.map((refund) => [refund.amount, refund.status])).toEqual([
      [500, "PENDING"],
      [2990, "PENDING"],
    ]);
    const ledger = await db().ledgerEntry.findMany({ where: { shopOrderId: paid.part.id } });
    const sum = (type: string) => ledger.filter((e) => e.type === type).reduce((total, e) => total + e.amount, 0);
    expect(sum("REFUND")).toBe(-3490);
    // all the commission charged (2.80 €) comes back over both refunds, never more
    expect(sum("COMMISSION")).toBe(0);
    expect((await db().product.findUniqueOrThrow({ where: { id: shops.bowl.id } })).stock).toBe(stock);

    const { request, audit } = await returnSnapshot(paid.part.id);
    expect(request).toMatchObject({
      decision: "REFUND_ALL",
      decisionNote: "Photo convaincante",
      decidedById: operator.id,
    });
    expect(audit).toBe(1);
    expect(
      await db().auditLog.findFirstOrThrow({ where: { entityType: "ShopOrder", entityId: paid.part.id } }),
    ).toMatchObject({ actorId: operator.id, action: "order.escalation-decided", reason: "Photo convaincante" });
    expect(
      await db().shopOrderEvent.findFirstOrThrow({ where: { shopOrderId: paid.part.id, action: "DECIDE_ESCALATION" } }),
    ).toMatchObject({ fromStatus: "ESCALATED", toStatus: "RETURNED", actorKind: "OPERATOR" });
    expect(await emailsTo(paid.order.email, "order.escalation-decided")).toBe(1);
    expect(await emailsTo(shops.potterVendor.email, "order.escalation-decided-shop")).toBe(1);
  });

  it("refund part: an amount typed the French way, CONFIRMED; side with the shop: CONFIRMED, no refund", async () => {
    const part = await returnRequested(shops, { escalated: true });
    await decideEscalation(operator, decide(part.part.id, { decision: "REFUND_PART", amount: "12,50", locale: "fr" }));
    expect(await partOf(part.part.id)).toMatchObject({ status: "CONFIRMED", refundedAmount: 1250, escalatedAt: null });
    const ledger = await db().ledgerEntry.findMany({
      where: { shopOrderId: part.part.id, type: { in: ["REFUND", "COMMISSION"] }, amount: { gt: -10000 } },
      select: { type: true, amount: true },
    });
    expect(ledger).toEqual(expect.arrayContaining([{ type: "REFUND", amount: -1250 }]));
    // pro rata, never more than charged, never negative
    const commissionBack = ledger.filter((e) => e.type === "COMMISSION" && e.amount > 0);
    expect(commissionBack).toHaveLength(1);
    expect(commissionBack[0].amount).toBeGreaterThan(0);
    expect(commissionBack[0].amount).toBeLessThanOrEqual(280);

    const vendorWins = await returnRequested(shops, { escalated: true });
    await decideEscalation(operator, decide(vendorWins.part.id, { decision: "SIDE_WITH_VENDOR" }));
    expect(await partOf(vendorWins.part.id)).toMatchObject({ status: "CONFIRMED", refundedAmount: 0 });
    expect(await db().refund.count({ where: { shopOrderId: vendorWins.part.id } })).toBe(0);
    expect((await returnSnapshot(vendorWins.part.id)).request).toMatchObject({ decision: "SIDE_WITH_VENDOR" });
  });

  it("operators only; others refused and nothing changed", async () => {
    const paid = await returnRequested(shops, { escalated: true });
    const before = await lifeSnapshot(paid.order.id);
    const request = await returnSnapshot(paid.part.id);
    const cases: [string, Actor | null, string][] = [
      ["the shop's vendor", shops.potterVendor, "FORBIDDEN"],
      ["another shop's vendor", shops.bakerVendor, "FORBIDDEN"],
      ["the shopper", paid.shopper, "FORBIDDEN"],
      ["a signed-out visitor", null, "UNAUTHENTICATED"],
    ];
    for (const [who, actor, code] of cases)
      expect((await refusal(decideEscalation(actor, decide(paid.part.id, { decision: "REFUND_ALL" })))).code, who).toBe(
        code,
      );
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    expect(await returnSnapshot(paid.part.id)).toEqual(request);
  });

  it("bad input and a part not escalated are refused with nothing written", async () => {
    const paid = await returnRequested(shops, { escalated: true });
    const before = await lifeSnapshot(paid.order.id);
    const cases: [Partial<DecideEscalationInput>, Record<string, string>][] = [
      [{ decision: undefined }, { decision: "orders.returns.errors.decisionRequired" }],
      [{ decision: "REFUND_EVERYTHING" }, { decision: "orders.returns.errors.decisionRequired" }],
      [{ decision: "SIDE_WITH_VENDOR", note: "  " }, { note: "orders.returns.errors.noteRequired" }],
      [{ decision: "SIDE_WITH_VENDOR", note: "x".repeat(2001) }, { note: "orders.returns.errors.noteTooLong" }],
      [{ decision: "REFUND_PART" }, { amount: "orders.refund.errors.amountInvalid" }],
      [{ decision: "REFUND_PART", amount: "douze" }, { amount: "orders.refund.errors.amountInvalid" }],
      [{ decision: "REFUND_PART", amount: 0 }, { amount: "orders.refund.errors.amountPositive" }],
      [{ decision: "REFUND_PART", amount: 3491 }, { amount: "orders.refund.errors.amountTooLarge" }],
    ];
    for (const [extra, fieldErrors] of cases) {
      const error = await refusal(decideEscalation(operator, decide(paid.part.id, extra)));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual(fieldErrors);
    }
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);

    const refused = await returnRequested(shops, { refused: true });
    const snapshot = await lifeSnapshot(refused.order.id);
    expect(
      await refusal(decideEscalation(operator, decide(refused.part.id, { decision: "SIDE_WITH_VENDOR" }))),
    ).toMatchObject({ code: "CONFLICT", message: "orders.returns.errors.notEscalated" });
    expect(await lifeSnapshot(refused.order.id)).toEqual(snapshot);
    expect((await refusal(decideEscalation(operator, decide("nope", { decision: "SIDE_WITH_VENDOR" })))).code).toMatch(
      /NOT_FOUND|VALIDATION/,
    );
  });

  it("two operators at once: exactly one decision is taken, one refund at most", async () => {
    const paid = await returnRequested(shops, { escalated: true });
    const other = await createUser("OPERATOR");
    const outcomes = await Promise.allSettled([
      decideEscalation(operator, decide(paid.part.id, { decision: "REFUND_ALL" })),
      decideEscalation(other, decide(paid.part.id, { decision: "REFUND_PART", amount: 1000 })),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().refund.count({ where: { shopOrderId: paid.part.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityId: paid.part.id } })).toBe(1);
    const part = await partOf(paid.part.id);
    expect(part.refundedAmount).toBeLessThanOrEqual(3490);
  });
});

describe("the order lists", () => {
  it("count returns to answer, to receive and escalations among the problems; operators see escalations first", async () => {
    const requested = await returnRequested(shops);
    const escalated = await returnRequested(shops, { escalated: true });
    const refused = await returnRequested(shops, { refused: true });
    const problems = await listShopOrders(shops.potterVendor, shops.pottery.id, { tab: "problems" });
    const ids = problems.rows.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([requested.part.id, escalated.part.id]));
    expect(ids).not.toContain(refused.part.id);
    const done = await listShopOrders(shops.potterVendor, shops.pottery.id, { tab: "done" });
    expect(done.rows.map((row) => row.id)).toContain(refused.part.id);
    expect(problems.counts.problems).toBe(problems.total);

    const all = await listAllShopOrders(operator, { shop: shops.pottery.id });
    expect(all.rows[0]).toMatchObject({ id: escalated.part.id, status: "ESCALATED" });
    expect(all.counts.problems).toBe(2);
  });
});
