// THE ShopOrder life cycle (docs/domain.md, ShopOrder states): state × action → next state, who
// may act, what the action needs and what it sets off. Every transition function, the deadline
// job and the pages (which buttons to show) read this one table. Pure: no I/O.
import type { DeliveryMethod, ShopOrderStatus } from "@/lib/generated/prisma/enums";

/** Who acts: a person in one of their roles towards this part, or the deadline job. */
export type ActorKind = "SHOPPER" | "VENDOR" | "OPERATOR" | "JOB";

export const SHOP_ORDER_ACTIONS = [
  "ACCEPT",
  "REFUSE",
  "EXPIRE",
  "CANCEL",
  "SHIP",
  "READY_FOR_PICKUP",
  "HAND_OVER",
  "MARK_DELIVERED",
  "MAKE_AVAILABLE",
  "CONFIRM",
  "AUTO_CONFIRM",
  "REQUEST_RETURN",
  "ACCEPT_RETURN",
  "REFUSE_RETURN",
  "ESCALATE",
  "RECEIVE_RETURN",
] as const;
export type ShopOrderAction = (typeof SHOP_ORDER_ACTIONS)[number];

/** Who is told by e-mail when the transition happens. */
export type Recipient = "shopper" | "vendor" | "operator";

export type Transition = {
  action: ShopOrderAction;
  from: readonly ShopOrderStatus[];
  to: ShopOrderStatus;
  by: readonly ActorKind[];
  /** a reason the actor must give (shown to the other side and kept on the timeline) */
  reason: "required" | "optional" | "none";
  /** only for parts delivered this way */
  deliveryMethods?: readonly DeliveryMethod[];
  /** "physical": the part holds a physical product; "intangible": only services or digital products */
  goods?: "physical" | "intangible";
  /** the shopper gets back everything not yet refunded, and the stock of the lines comes back */
  refundsInFull: boolean;
  notify: readonly Recipient[];
  /** who is told besides, when this kind of actor makes the step (an operator acting for the shop tells the shop) */
  notifyAlsoWhenBy?: Partial<Record<ActorKind, readonly Recipient[]>>;
};

const ALL_METHODS = ["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"] as const satisfies readonly DeliveryMethod[];

export const TRANSITIONS: readonly Transition[] = [
  {
    action: "ACCEPT",
    from: ["AWAITING_ACCEPTANCE"],
    to: "ACCEPTED",
    by: ["VENDOR"],
    reason: "none",
    refundsInFull: false,
    notify: ["shopper"],
  },
  {
    action: "REFUSE",
    from: ["AWAITING_ACCEPTANCE"],
    to: "REFUSED",
    by: ["VENDOR"],
    reason: "required",
    refundsInFull: true,
    notify: ["shopper"],
  },
  {
    action: "EXPIRE",
    from: ["AWAITING_ACCEPTANCE"],
    to: "EXPIRED",
    by: ["JOB"],
    reason: "none",
    refundsInFull: true,
    notify: ["shopper", "vendor"],
  },
  // Before the shop answers, the shopper (or the operator) may call it off.
  {
    action: "CANCEL",
    from: ["AWAITING_ACCEPTANCE"],
    to: "CANCELLED",
    by: ["SHOPPER", "OPERATOR"],
    reason: "optional",
    refundsInFull: true,
    notify: ["shopper", "vendor"],
  },
  // Once accepted, only the shop (or the operator) may cancel, and only before the goods leave.
  {
    action: "CANCEL",
    from: ["ACCEPTED", "READY_FOR_PICKUP"],
    to: "CANCELLED",
    by: ["VENDOR", "OPERATOR"],
    reason: "required",
    refundsInFull: true,
    notify: ["shopper", "vendor"],
  },
  {
    action: "SHIP",
    from: ["ACCEPTED"],
    to: "SHIPPED",
    by: ["VENDOR"],
    reason: "none",
    deliveryMethods: ["POSTAL", "LOCAL_COURIER"],
    goods: "physical",
    refundsInFull: false,
    notify: ["shopper"],
  },
  {
    action: "READY_FOR_PICKUP",
    from: ["ACCEPTED"],
    to: "READY_FOR_PICKUP",
    by: ["VENDOR"],
    reason: "none",
    deliveryMethods: ["CLICK_AND_COLLECT"],
    goods: "physical",
    refundsInFull: false,
    notify: ["shopper"],
  },
  {
    action: "HAND_OVER",
    from: ["READY_FOR_PICKUP"],
    to: "DELIVERED",
    by: ["VENDOR"],
    reason: "none",
    deliveryMethods: ["CLICK_AND_COLLECT"],
    refundsInFull: false,
    notify: ["shopper"],
  },
  {
    action: "MARK_DELIVERED",
    from: ["SHIPPED"],
    to: "DELIVERED",
    by: ["VENDOR", "OPERATOR"],
    reason: "none",
    refundsInFull: false,
    notify: ["shopper"],
  },
  // Services and digital products are not shipped: the shop makes them available, with a message.
  {
    action: "MAKE_AVAILABLE",
    from: ["ACCEPTED"],
    to: "DELIVERED",
    by: ["VENDOR"],
    reason: "none",
    deliveryMethods: ALL_METHODS,
    goods: "intangible",
    refundsInFull: false,
    notify: ["shopper"],
  },
  // "Received, all good": the shopper may say so as soon as the goods are on their way.
  {
    action: "CONFIRM",
    from: ["SHIPPED", "DELIVERED"],
    to: "CONFIRMED",
    by: ["SHOPPER"],
    reason: "none",
    refundsInFull: false,
    notify: ["vendor"],
  },
  {
    action: "AUTO_CONFIRM",
    from: ["DELIVERED"],
    to: "CONFIRMED",
    by: ["JOB"],
    reason: "none",
    refundsInFull: false,
    notify: [],
  },
  // Returns (docs/domain.md, returns and escalations). The shopper asks before returnBy, with a kind
  // and a reason (lib/orders/rules/returns.ts says when); one request per part.
  {
    action: "REQUEST_RETURN",
    from: ["DELIVERED", "CONFIRMED"],
    to: "RETURN_REQUESTED",
    by: ["SHOPPER"],
    reason: "required",
    refundsInFull: false,
    notify: ["vendor"],
  },
  // Accepting gives the shopper return instructions; the refund comes when the goods are back.
  {
    action: "ACCEPT_RETURN",
    from: ["RETURN_REQUESTED"],
    to: "RETURN_ACCEPTED",
    by: ["VENDOR", "OPERATOR"],
    reason: "none",
    refundsInFull: false,
    notify: ["shopper"],
    notifyAlsoWhenBy: { OPERATOR: ["vendor"] },
  },
  // A refusal starts autoConfirmAt again: the job confirms the part unless the shopper escalates.
  {
    action: "REFUSE_RETURN",
    from: ["RETURN_REQUESTED"],
    to: "RETURN_REFUSED",
    by: ["VENDOR"],
    reason: "required",
    refundsInFull: false,
    notify: ["shopper"],
  },
  // The operator decides an escalated part (lib/orders/decide-escalation.ts), outside this table.
  {
    action: "ESCALATE",
    from: ["RETURN_REFUSED"],
    to: "ESCALATED",
    by: ["SHOPPER"],
    reason: "optional",
    refundsInFull: false,
    notify: ["vendor", "operator"],
  },
  {
    action: "CONFIRM",
    from: ["RETURN_REFUSED"],
    to: "CONFIRMED",
    by: ["SHOPPER"],
    reason: "none",
    refundsInFull: false,
    notify: ["vendor"],
  },
  {
    action: "AUTO_CONFIRM",
    from: ["RETURN_REFUSED"],
    to: "CONFIRMED",
    by: ["JOB"],
    reason: "none",
    refundsInFull: false,
    notify: [],
  },
  // The goods came back: everything not yet refunded goes back to the shopper, the stock too.
  {
    action: "RECEIVE_RETURN",
    from: ["RETURN_ACCEPTED"],
    to: "RETURNED",
    by: ["VENDOR", "OPERATOR"],
    reason: "none",
    refundsInFull: true,
    notify: ["shopper"],
  },
];

/** What a transition rule needs to know of the part. */
export type PartFacts = { status: ShopOrderStatus; deliveryMethod: DeliveryMethod; hasPhysicalGoods: boolean };

export type TransitionRefusal = "WRONG_STATE" | "NOT_ALLOWED" | "NOT_FOR_THIS_DELIVERY";

/**
 * The transition `actor` may make with `action` on this part, or why not:
 * - WRONG_STATE: no row leaves the part's current state with this action (it moved on, or never could);
 * - NOT_ALLOWED: the action exists from this state, but not for this kind of actor;
 * - NOT_FOR_THIS_DELIVERY: not for this delivery method, or not for these goods.
 */
export function findTransition(
  part: PartFacts,
  action: ShopOrderAction,
  actor: ActorKind,
): { ok: true; transition: Transition } | { ok: false; refusal: TransitionRefusal } {
  const fromHere = TRANSITIONS.filter((row) => row.action === action && row.from.includes(part.status));
  if (fromHere.length === 0) return { ok: false, refusal: "WRONG_STATE" };
  const mine = fromHere.filter((row) => row.by.includes(actor));
  if (mine.length === 0) return { ok: false, refusal: "NOT_ALLOWED" };
  const fitting = mine.find((row) => fits(row, part));
  return fitting ? { ok: true, transition: fitting } : { ok: false, refusal: "NOT_FOR_THIS_DELIVERY" };
}

function fits(row: Transition, part: PartFacts): boolean {
  if (row.deliveryMethods && !row.deliveryMethods.includes(part.deliveryMethod)) return false;
  if (row.goods === "physical" && !part.hasPhysicalGoods) return false;
  if (row.goods === "intangible" && part.hasPhysicalGoods) return false;
  return true;
}

/** The actions `actor` may take on this part now, in table order: the buttons a page shows. */
export function allowedActions(part: PartFacts, actor: ActorKind): ShopOrderAction[] {
  const actions = TRANSITIONS.filter(
    (row) => row.from.includes(part.status) && row.by.includes(actor) && fits(row, part),
  ).map((row) => row.action);
  return [...new Set(actions)];
}

/**
 * States a part never leaves: nothing in the table starts there. AWAITING_PAYMENT is left by the
 * payment's confirmation or release (lib/orders/confirm-order-payment.ts, release-unpaid-order.ts),
 * ESCALATED by the operator's decision (lib/orders/decide-escalation.ts).
 */
export function isFinal(status: ShopOrderStatus): boolean {
  return (
    status !== "AWAITING_PAYMENT" && status !== "ESCALATED" && !TRANSITIONS.some((row) => row.from.includes(status))
  );
}

/** Who a transition e-mails when `by` makes it: its `notify`, and those it tells besides for that actor. */
export function recipientsOf(transition: Transition, by: ActorKind): Recipient[] {
  return [...new Set([...transition.notify, ...(transition.notifyAlsoWhenBy?.[by] ?? [])])];
}
