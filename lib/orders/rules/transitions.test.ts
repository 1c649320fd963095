// The ShopOrder transition table (docs/domain.md, ShopOrder states), tested as a table: every
// state × action × actor, against an independent statement of who may do what.
import { describe, expect, it } from "vitest";
import type { DeliveryMethod, ShopOrderStatus } from "@/lib/generated/prisma/enums";
import {
  allowedActions,
  findTransition,
  isFinal,
  recipientsOf,
  SHOP_ORDER_ACTIONS,
  TRANSITIONS,
  type ActorKind,
  type PartFacts,
  type ShopOrderAction,
} from "./transitions";

const STATES: ShopOrderStatus[] = [
  "AWAITING_PAYMENT",
  "AWAITING_ACCEPTANCE",
  "ACCEPTED",
  "SHIPPED",
  "READY_FOR_PICKUP",
  "DELIVERED",
  "CONFIRMED",
  "REFUSED",
  "EXPIRED",
  "CANCELLED",
  "RETURN_REQUESTED",
  "RETURN_ACCEPTED",
  "RETURN_REFUSED",
  "ESCALATED",
  "RETURNED",
];
const ACTORS: ActorKind[] = ["SHOPPER", "VENDOR", "OPERATOR", "JOB"];
const METHODS: DeliveryMethod[] = ["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"];

// The rules in words, written apart from the table: [action, from, actors, extra condition, to].
type Rule = [ShopOrderAction, ShopOrderStatus, ActorKind[], (part: PartFacts) => boolean, ShopOrderStatus];
const any = () => true;
const physical = (part: PartFacts) => part.hasPhysicalGoods;
const RULES: Rule[] = [
  ["ACCEPT", "AWAITING_ACCEPTANCE", ["VENDOR"], any, "ACCEPTED"],
  ["REFUSE", "AWAITING_ACCEPTANCE", ["VENDOR"], any, "REFUSED"],
  ["EXPIRE", "AWAITING_ACCEPTANCE", ["JOB"], any, "EXPIRED"],
  ["CANCEL", "AWAITING_ACCEPTANCE", ["SHOPPER", "OPERATOR"], any, "CANCELLED"],
  ["CANCEL", "ACCEPTED", ["VENDOR", "OPERATOR"], any, "CANCELLED"],
  ["CANCEL", "READY_FOR_PICKUP", ["VENDOR", "OPERATOR"], any, "CANCELLED"],
  ["SHIP", "ACCEPTED", ["VENDOR"], (p) => physical(p) && p.deliveryMethod !== "CLICK_AND_COLLECT", "SHIPPED"],
  [
    "READY_FOR_PICKUP",
    "ACCEPTED",
    ["VENDOR"],
    (p) => physical(p) && p.deliveryMethod === "CLICK_AND_COLLECT",
    "READY_FOR_PICKUP",
  ],
  ["HAND_OVER", "READY_FOR_PICKUP", ["VENDOR"], (p) => p.deliveryMethod === "CLICK_AND_COLLECT", "DELIVERED"],
  ["MARK_DELIVERED", "SHIPPED", ["VENDOR", "OPERATOR"], any, "DELIVERED"],
  ["MAKE_AVAILABLE", "ACCEPTED", ["VENDOR"], (p) => !physical(p), "DELIVERED"],
  ["CONFIRM", "SHIPPED", ["SHOPPER"], any, "CONFIRMED"],
  ["CONFIRM", "DELIVERED", ["SHOPPER"], any, "CONFIRMED"],
  ["AUTO_CONFIRM", "DELIVERED", ["JOB"], any, "CONFIRMED"],
  // returns (docs/domain.md, returns and escalations); the window is lib/orders/rules/returns.ts's
  ["REQUEST_RETURN", "DELIVERED", ["SHOPPER"], any, "RETURN_REQUESTED"],
  ["REQUEST_RETURN", "CONFIRMED", ["SHOPPER"], any, "RETURN_REQUESTED"],
  ["ACCEPT_RETURN", "RETURN_REQUESTED", ["VENDOR", "OPERATOR"], any, "RETURN_ACCEPTED"],
  ["REFUSE_RETURN", "RETURN_REQUESTED", ["VENDOR"], any, "RETURN_REFUSED"],
  ["ESCALATE", "RETURN_REFUSED", ["SHOPPER"], any, "ESCALATED"],
  ["CONFIRM", "RETURN_REFUSED", ["SHOPPER"], any, "CONFIRMED"],
  ["AUTO_CONFIRM", "RETURN_REFUSED", ["JOB"], any, "CONFIRMED"],
  ["RECEIVE_RETURN", "RETURN_ACCEPTED", ["VENDOR", "OPERATOR"], any, "RETURNED"],
];

const cases = STATES.flatMap((status) =>
  METHODS.flatMap((deliveryMethod) =>
    [true, false].flatMap((hasPhysicalGoods) =>
      SHOP_ORDER_ACTIONS.flatMap((action) =>
        ACTORS.map((actor) => ({ part: { status, deliveryMethod, hasPhysicalGoods }, action, actor })),
      ),
    ),
  ),
);

describe("the transition table", () => {
  it(`answers all ${cases.length} state × delivery × goods × action × actor cases as the rules say`, () => {
    for (const { part, action, actor } of cases) {
      const rule = RULES.find(
        ([a, from, by, when]) => a === action && from === part.status && by.includes(actor) && when(part),
      );
      const found = findTransition(part, action, actor);
      const label = `${action} by ${actor} from ${part.status} (${part.deliveryMethod}, physical: ${part.hasPhysicalGoods})`;
      if (rule) {
        expect(found, label).toMatchObject({ ok: true, transition: { to: rule[4] } });
      } else {
        expect(found.ok, label).toBe(false);
      }
    }
  });

  it("says why it refuses", () => {
    const part: PartFacts = { status: "AWAITING_ACCEPTANCE", deliveryMethod: "POSTAL", hasPhysicalGoods: true };
    expect(findTransition(part, "SHIP", "VENDOR")).toEqual({ ok: false, refusal: "WRONG_STATE" });
    expect(findTransition(part, "ACCEPT", "SHOPPER")).toEqual({ ok: false, refusal: "NOT_ALLOWED" });
    expect(findTransition(part, "ACCEPT", "JOB")).toEqual({ ok: false, refusal: "NOT_ALLOWED" });
    const accepted: PartFacts = { ...part, status: "ACCEPTED" };
    expect(findTransition(accepted, "READY_FOR_PICKUP", "VENDOR")).toEqual({
      ok: false,
      refusal: "NOT_FOR_THIS_DELIVERY",
    });
    expect(findTransition({ ...accepted, hasPhysicalGoods: false }, "SHIP", "VENDOR")).toEqual({
      ok: false,
      refusal: "NOT_FOR_THIS_DELIVERY",
    });
  });

  it("refunds in full exactly when a part ends before its goods leave, or when they came back", () => {
    const refunding = cases
      .map(({ part, action, actor }) => findTransition(part, action, actor))
      .filter((found) => found.ok && found.transition.refundsInFull)
      .map((found) => (found.ok ? found.transition.to : null));
    expect(new Set(refunding)).toEqual(new Set(["REFUSED", "EXPIRED", "CANCELLED", "RETURNED"]));
  });

  it("requires a reason to refuse, and for a shop's cancellation", () => {
    const pending: PartFacts = { status: "AWAITING_ACCEPTANCE", deliveryMethod: "POSTAL", hasPhysicalGoods: true };
    const refuse = findTransition(pending, "REFUSE", "VENDOR");
    expect(refuse.ok && refuse.transition.reason).toBe("required");
    const shopperCancel = findTransition(pending, "CANCEL", "SHOPPER");
    expect(shopperCancel.ok && shopperCancel.transition.reason).toBe("optional");
    const vendorCancel = findTransition({ ...pending, status: "ACCEPTED" }, "CANCEL", "VENDOR");
    expect(vendorCancel.ok && vendorCancel.transition.reason).toBe("required");
    const delivered: PartFacts = { ...pending, status: "DELIVERED" };
    const request = findTransition(delivered, "REQUEST_RETURN", "SHOPPER");
    expect(request.ok && request.transition.reason).toBe("required");
    const refuseReturn = findTransition({ ...pending, status: "RETURN_REQUESTED" }, "REFUSE_RETURN", "VENDOR");
    expect(refuseReturn.ok && refuseReturn.transition.reason).toBe("required");
    const escalate = findTransition({ ...pending, status: "RETURN_REFUSED" }, "ESCALATE", "SHOPPER");
    expect(escalate.ok && escalate.transition.reason).toBe("optional");
  });

  it("lists the buttons each side sees", () => {
    const part = (status: ShopOrderStatus, deliveryMethod: DeliveryMethod = "POSTAL", hasPhysicalGoods = true) => ({
      status,
      deliveryMethod,
      hasPhysicalGoods,
    });
    expect(allowedActions(part("AWAITING_ACCEPTANCE"), "VENDOR")).toEqual(["ACCEPT", "REFUSE"]);
    expect(allowedActions(part("AWAITING_ACCEPTANCE"), "SHOPPER")).toEqual(["CANCEL"]);
    expect(allowedActions(part("ACCEPTED"), "VENDOR")).toEqual(["CANCEL", "SHIP"]);
    expect(allowedActions(part("ACCEPTED", "CLICK_AND_COLLECT"), "VENDOR")).toEqual(["CANCEL", "READY_FOR_PICKUP"]);
    expect(allowedActions(part("ACCEPTED", "POSTAL", false), "VENDOR")).toEqual(["CANCEL", "MAKE_AVAILABLE"]);
    expect(allowedActions(part("READY_FOR_PICKUP", "CLICK_AND_COLLECT"), "VENDOR")).toEqual(["CANCEL", "HAND_OVER"]);
    expect(allowedActions(part("SHIPPED"), "SHOPPER")).toEqual(["CONFIRM"]);
    expect(allowedActions(part("AWAITING_PAYMENT"), "VENDOR")).toEqual([]);
    expect(allowedActions(part("DELIVERED"), "SHOPPER")).toEqual(["CONFIRM", "REQUEST_RETURN"]);
    expect(allowedActions(part("CONFIRMED"), "SHOPPER")).toEqual(["REQUEST_RETURN"]);
    expect(allowedActions(part("CONFIRMED"), "VENDOR")).toEqual([]);
    expect(allowedActions(part("RETURN_REQUESTED"), "VENDOR")).toEqual(["ACCEPT_RETURN", "REFUSE_RETURN"]);
    expect(allowedActions(part("RETURN_REQUESTED"), "OPERATOR")).toEqual(["ACCEPT_RETURN"]);
    expect(allowedActions(part("RETURN_REFUSED"), "SHOPPER")).toEqual(["ESCALATE", "CONFIRM"]);
    expect(allowedActions(part("RETURN_ACCEPTED"), "VENDOR")).toEqual(["RECEIVE_RETURN"]);
    expect(allowedActions(part("ESCALATED"), "OPERATOR")).toEqual([]);
  });

  it("knows which states are final", () => {
    // ESCALATED is left by the operator's decision (lib/orders/decide-escalation.ts), not by the table
    expect(STATES.filter(isFinal)).toEqual(["REFUSED", "EXPIRED", "CANCELLED", "RETURNED"]);
  });
});

describe("recipientsOf", () => {
  const acceptReturn = TRANSITIONS.find((row) => row.action === "ACCEPT_RETURN")!;

  it("a shop accepting a return tells the shopper; an operator accepting for it tells the shop too", () => {
    expect(recipientsOf(acceptReturn, "VENDOR")).toEqual(["shopper"]);
    expect(recipientsOf(acceptReturn, "OPERATOR")).toEqual(["shopper", "vendor"]);
  });

  it("is the row's notify for every other step", () => {
    for (const row of TRANSITIONS.filter((candidate) => !candidate.notifyAlsoWhenBy))
      for (const by of row.by) expect(recipientsOf(row, by)).toEqual(row.notify);
  });
});
