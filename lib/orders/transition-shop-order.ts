import "server-only";
import { randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { withAllFieldErrors } from "@/lib/forms/all-field-errors";
import { parseInput } from "@/lib/forms/parse-input";
import { parseIdOrThrow } from "@/lib/parse-id";
import { authorizationLapseOf } from "@/lib/payments/authorization-lapse";
import { isCaptureTrigger, requestCapture } from "@/lib/payments/request-capture";
import { loadOrderSettings, type OrderSettings } from "./order-settings";
import { queueShopOrderStepEmails } from "./queue-shop-order-step-emails";
import { applyFinalPrices, readFinalPrices, type FinalPrices } from "./apply-final-prices";
import { refundPartInFull } from "./refund-part";
import { CARRIER_CHOICES, normalizeTrackingCode, TRACKING_CODE_PATTERN } from "./rules/carriers";
import { afterDeliveryDeadlines, shippingDeadline } from "./rules/deadlines";
import { FINAL_PRICE_ACTIONS } from "./rules/final-prices";
import type { StoredFile } from "./attachments";
import { checkReturnStep, recordReturnStep, RETURN_FIELDS, returnStepSchema } from "./return-steps";
import {
  findTransition,
  SHOP_ORDER_ACTIONS,
  type ActorKind,
  type PartFacts,
  type ShopOrderAction,
  type Transition,
  type TransitionRefusal,
} from "./rules/transitions";

// THE engine of the ShopOrder life cycle after payment (docs/domain.md, ShopOrder states): every
// person's action and the deadline job's go through one function that applies a row of the
// transition table (lib/orders/rules/transitions.ts) in one transaction.

export type TransitionInput = {
  shopOrderId: string;
  action: ShopOrderAction;
  /** REFUSE, CANCEL (required or optional per the table) */
  reason?: string;
  /** SHIP: a key of lib/orders/rules/carriers.ts or "other" */
  carrier?: string;
  /** SHIP */
  trackingCode?: string;
  /** HAND_OVER: the code the shopper shows */
  pickupCode?: string;
  /** MAKE_AVAILABLE: message to the shopper */
  availabilityNote?: string;
  /** SHIP, HAND_OVER, MAKE_AVAILABLE: each estimated line's final amount, by line id (docs/domain.md, estimated prices) */
  finalAmounts?: Record<string, string | number>;
  /** how typed amounts are read (default French) */
  locale?: string;
  /** REQUEST_RETURN: WITHDRAWAL or PROBLEM (docs/domain.md, returns and escalations) */
  returnKind?: string;
  /** ACCEPT_RETURN: how to send the goods back */
  instructions?: string;
};

export type TransitionResult = { shopOrderId: string; status: ShopOrderStatus };

export const TRANSITION_LIMITS = { reason: 1000, availabilityNote: 2000 } as const;

/** The message key of the CONFLICT a person gets when the part left the state they saw. */
export const MOVED_ON = "orderLife.errors.movedOn";

const PART_SELECT = {
  id: true,
  status: true,
  deliveryMethod: true,
  pickupCode: true,
  deliveredAt: true,
  acceptBy: true,
  autoConfirmAt: true,
  shop: { select: { ownerId: true } },
  order: { select: { userId: true, buyerIsBusiness: true } },
  lines: { select: { kindSnapshot: true } },
  ...RETURN_FIELDS,
} as const satisfies Prisma.ShopOrderSelect;

type Part = Prisma.ShopOrderGetPayload<{ select: typeof PART_SELECT }>;

function factsOf(part: Part): PartFacts {
  return {
    status: part.status,
    deliveryMethod: part.deliveryMethod,
    hasPhysicalGoods: part.lines.some((line) => line.kindSnapshot === "PHYSICAL"),
  };
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? undefined : value.trim()) : value;

const trackingInput = (value: unknown) =>
  typeof value === "string" ? normalizeTrackingCode(value) || undefined : value;

/** What the action needs from the person, per the table's row and the marketplace's settings. */
function schemaFor(transition: Transition, part: Part, settings: OrderSettings) {
  const reasonText = z
    .string({ error: "orderLife.errors.reasonRequired" })
    .max(TRANSITION_LIMITS.reason, "orderLife.errors.reasonTooLong");
  const reason = z.preprocess(blankToUndefined, transition.reason === "required" ? reasonText : reasonText.optional());
  switch (transition.action) {
    case "SHIP": {
      const trackingRequired = part.deliveryMethod === "POSTAL" && settings.trackingRequiredForPost;
      const carrier = z
        .string({ error: "orderLife.errors.carrierRequired" })
        .refine((value) => (CARRIER_CHOICES as readonly string[]).includes(value), "orderLife.errors.carrierInvalid");
      const trackingCode = z
        .string({ error: "orderLife.errors.trackingCodeRequired" })
        .regex(TRACKING_CODE_PATTERN, "orderLife.errors.trackingCodeInvalid");
      return z
        .object({
          carrier: z.preprocess(blankToUndefined, trackingRequired ? carrier : carrier.optional()),
          trackingCode: z.preprocess(trackingInput, trackingRequired ? trackingCode : trackingCode.optional()),
        })
        .refine((value) => value.trackingCode === undefined || value.carrier !== undefined, {
          message: "orderLife.errors.carrierRequired",
          path: ["carrier"],
        });
    }
    case "HAND_OVER":
      return z.object({
        pickupCode: z.preprocess(
          (value) => (typeof value === "string" ? value.replace(/\s+/g, "") || undefined : value),
          z.string({ error: "orderLife.errors.pickupCodeRequired" }).max(6, "orderLife.errors.pickupCodeWrong"),
        ),
      });
    case "MAKE_AVAILABLE":
      return z.object({
        availabilityNote: z.preprocess(
          blankToUndefined,
          z.string().max(TRANSITION_LIMITS.availabilityNote, "orderLife.errors.noteTooLong").optional(),
        ),
      });
    case "REQUEST_RETURN":
    case "ACCEPT_RETURN":
      return returnStepSchema(transition.action, reason);
    default:
      return transition.reason === "none" ? z.object({}) : z.object({ reason });
  }
}

type ParsedInput = {
  reason?: string;
  carrier?: string;
  trackingCode?: string;
  pickupCode?: string;
  availabilityNote?: string;
  returnKind?: "WITHDRAWAL" | "PROBLEM";
  instructions?: string;
};

function sameCode(expected: string | null, given: string): boolean {
  // Both sides padded to the same length, so the comparison's time says nothing about the code.
  const a = Buffer.from((expected ?? "").padEnd(16, "\0"));
  const b = Buffer.from(given.padEnd(16, "\0"));
  return expected !== null && a.length === b.length && timingSafeEqual(a, b);
}

/** A six-digit pickup code, from the crypto generator. */
export function newPickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** The fields a transition sets besides its status (docs/domain.md, deadlines). */
function fieldsOf(
  transition: Transition,
  part: Part,
  input: ParsedInput,
  now: Date,
  settings: OrderSettings,
): Prisma.ShopOrderUpdateManyMutationInput {
  const data: Prisma.ShopOrderUpdateManyMutationInput = {};
  switch (transition.action) {
    case "ACCEPT":
      data.shipBy = shippingDeadline(now, settings);
      break;
    case "READY_FOR_PICKUP":
      data.pickupCode = newPickupCode();
      break;
    case "SHIP":
      data.carrier = input.carrier ?? null;
      data.trackingCode = input.trackingCode ?? null;
      break;
    case "MAKE_AVAILABLE":
      data.availabilityNote = input.availabilityNote ?? null;
      break;
    // The refusal starts its own deadline: confirmed by the job unless the shopper escalates first.
    case "REFUSE_RETURN":
      data.autoConfirmAt = afterDeliveryDeadlines(now, settings).autoConfirmAt;
      break;
    case "ESCALATE":
      data.escalatedAt = now;
      break;
  }
  if (transition.to === "DELIVERED") {
    data.deliveredAt = now;
    Object.assign(data, afterDeliveryDeadlines(now, settings));
  } else if (transition.to === "CONFIRMED" && part.deliveredAt === null) {
    // "Received, all good" straight from SHIPPED: it was delivered now; returns are counted from here.
    data.deliveredAt = now;
    data.returnBy = afterDeliveryDeadlines(now, settings).returnBy;
  }
  return data;
}

/**
 * Applies one row of the table to a part read in this transaction: the conditional update (only if
 * the part is still in the state it was read in, so of two concurrent transitions exactly one
 * wins), the event, the refund and its ledger entries when the row refunds, and the e-mails.
 * Returns false, with nothing written, when the part has moved on meanwhile.
 */
async function applyTransition(
  tx: Prisma.TransactionClient,
  part: Part,
  transition: Transition,
  step: {
    actorId: string | null;
    actorKind: ActorKind;
    input: ParsedInput;
    now: Date;
    settings: OrderSettings;
    /** REQUEST_RETURN: the shopper's photos, already in private storage */
    attachments?: readonly StoredFile[];
    /** the estimated lines' final amounts, checked (readFinalPrices) */
    finalPrices?: FinalPrices | null;
  },
): Promise<boolean> {
  const { actorId, actorKind, input, now, settings } = step;
  const updated = await tx.shopOrder.updateMany({
    where: { id: part.id, status: part.status },
    data: {
      ...fieldsOf(transition, part, input, now, settings),
      status: transition.to,
      statusChangedAt: now,
      statusChangedById: actorId,
    },
  });
  if (updated.count === 0) return false;
  await recordReturnStep(tx, part, transition.action, { actorId, input, now, attachments: step.attachments ?? [] });
  const reason = input.reason ?? null;
  const refund = transition.refundsInFull ? await refundPartInFull(tx, part.id, reason) : null;
  const priced = step.finalPrices ? await applyFinalPrices(tx, part.id, step.finalPrices, MOVED_ON) : null;
  const data: Record<string, string | number | Record<string, number>> = {};
  if (priced) {
    data.finalAmounts = Object.fromEntries(step.finalPrices!.finals.map((line) => [line.lineId, line.finalAmount]));
    if (priced.refund) Object.assign(data, { refundId: priced.refund.id, refundAmount: priced.refund.amount });
    if (priced.settleAmount > 0) data.settleAmount = priced.settleAmount;
  }
  if (input.carrier) data.carrier = input.carrier;
  if (input.trackingCode) data.trackingCode = input.trackingCode;
  if (input.availabilityNote) data.availabilityNote = input.availabilityNote;
  if (input.returnKind) data.returnKind = input.returnKind;
  if (input.instructions) data.instructions = input.instructions;
  if (refund) {
    data.refundId = refund.id;
    data.refundAmount = refund.amount;
  }
  await tx.shopOrderEvent.create({
    data: {
      shopOrderId: part.id,
      action: transition.action,
      fromStatus: part.status,
      toStatus: transition.to,
      actorId,
      actorKind,
      reason,
      data: Object.keys(data).length > 0 ? data : undefined,
    },
  });
  await queueShopOrderStepEmails(tx, part.id, transition, {
    by: actorKind,
    reason,
    refundAmount: refund?.amount ?? priced?.refund?.amount ?? null,
    settleAmount: priced?.settleAmount ?? null,
  });
  // An answer of a part of an authorized order: the capture job looks at it (docs/domain.md, capture).
  if (isCaptureTrigger(transition.action)) await requestCapture(tx, part.id);
  return true;
}

/** The kinds of actor this person is towards the part, most specific first; none: not their business. */
function actorKindsOf(actor: Actor, part: Part): ActorKind[] {
  const kinds: ActorKind[] = [];
  if (part.shop.ownerId === actor.id) kinds.push("VENDOR");
  if (part.order.userId !== null && part.order.userId === actor.id) kinds.push("SHOPPER");
  if (actor.role === "OPERATOR") kinds.push("OPERATOR");
  return kinds;
}

function refusalError(refusal: TransitionRefusal): AppError {
  if (refusal === "WRONG_STATE") return new AppError("CONFLICT", MOVED_ON);
  if (refusal === "NOT_FOR_THIS_DELIVERY") return new AppError("CONFLICT", "orderLife.errors.notForThisDelivery");
  return new AppError("FORBIDDEN");
}

function parseAction(value: unknown): ShopOrderAction {
  if (typeof value === "string" && (SHOP_ORDER_ACTIONS as readonly string[]).includes(value))
    return value as ShopOrderAction;
  throw new AppError("VALIDATION", "invalid input", { action: "orderLife.errors.actionInvalid" });
}

/**
 * A person acts (vendor of the shop, the shopper who placed the order, an operator). Signed out:
 * UNAUTHENTICATED; a part that is not theirs: NOT_FOUND; an action their role may not take:
 * FORBIDDEN; a part no longer in a state the action leaves (someone got there first): CONFLICT
 * (MOVED_ON); bad input: VALIDATION with field errors. Nothing is written unless it succeeds.
 */
export async function transitionShopOrder(
  actor: Actor | null,
  input: TransitionInput,
  /** REQUEST_RETURN: photos stored before the transaction (lib/orders/request-return.ts) */
  options: { attachments?: readonly StoredFile[] } = {},
): Promise<TransitionResult> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const raw: Record<string, unknown> = typeof input === "object" && input !== null ? { ...input } : {};
  const shopOrderId = parseIdOrThrow(raw.shopOrderId);
  const action = parseAction(raw.action);
  return getDb().$transaction(async (tx) => {
    // Tenant in the where: a vendor finds their shops' parts, a shopper their orders' parts.
    const part = await tx.shopOrder.findFirst({
      where:
        actor.role === "OPERATOR"
          ? { id: shopOrderId }
          : { id: shopOrderId, OR: [{ shop: { ownerId: actor.id } }, { order: { userId: actor.id } }] },
      select: PART_SELECT,
    });
    if (!part) throw new AppError("NOT_FOUND");
    const kinds = actorKindsOf(actor, part);
    if (kinds.length === 0) throw new AppError("NOT_FOUND");
    let found: { transition: Transition; kind: ActorKind } | null = null;
    let refusal: TransitionRefusal = "NOT_ALLOWED";
    for (const kind of kinds) {
      const result = findTransition(factsOf(part), action, kind);
      if (result.ok) {
        found = { transition: result.transition, kind };
        break;
      }
      if (result.refusal === "WRONG_STATE" || refusal === "NOT_ALLOWED") refusal = result.refusal;
    }
    if (!found) throw refusalError(refusal);

    const settings = await loadOrderSettings(tx);
    const transition = found.transition;
    // Every mistake of the form at once: the fields, the pickup code, the final prices.
    const [parsed, finalPrices] = await withAllFieldErrors<[ParsedInput, FinalPrices | null]>([
      () => {
        const input: ParsedInput = parseInput(schemaFor(transition, part, settings), raw);
        if (transition.action === "HAND_OVER" && !sameCode(part.pickupCode, input.pickupCode ?? ""))
          throw new AppError("VALIDATION", "invalid input", { pickupCode: "orderLife.errors.pickupCodeWrong" });
        return input;
      },
      () => (FINAL_PRICE_ACTIONS.includes(transition.action) ? readFinalPrices(tx, part.id, raw) : null),
    ]);
    const now = new Date();
    checkReturnStep(transition.action, part, now);

    const applied = await applyTransition(tx, part, found.transition, {
      actorId: actor.id,
      actorKind: found.kind,
      input: parsed,
      now,
      settings,
      attachments: options.attachments,
      finalPrices,
    });
    if (!applied) throw new AppError("CONFLICT", MOVED_ON);
    return { shopOrderId: part.id, status: found.transition.to };
  });
}

/**
 * The deadline job acts (EXPIRE, AUTO_CONFIRM): "done", or "moved-on" when the part already left
 * the state (a person got there first) or its deadline is not reached at `now` (it was moved).
 */
export async function applyJobTransition(
  shopOrderId: string,
  action: "EXPIRE" | "AUTO_CONFIRM",
  now: Date,
  /**
   * authorizationLapse (EXPIRE, the captures' sweep only): the deadline is not acceptBy but a safety
   * margin before the order's authorization lapses (docs/domain.md, capture; authorizationLapseOf).
   */
  options: { authorizationLapse?: boolean } = {},
): Promise<"done" | "moved-on"> {
  return getDb().$transaction(async (tx) => {
    const part = await tx.shopOrder.findUnique({ where: { id: shopOrderId }, select: PART_SELECT });
    if (!part) return "moved-on";
    const found = findTransition(factsOf(part), action, "JOB");
    if (!found.ok) return "moved-on";
    const deadline =
      action !== "EXPIRE"
        ? part.autoConfirmAt
        : options.authorizationLapse
          ? await authorizationLapseOf(tx, part.id)
          : part.acceptBy;
    if (!deadline || deadline.getTime() > now.getTime()) return "moved-on";
    const settings = await loadOrderSettings(tx);
    const applied = await applyTransition(tx, part, found.transition, {
      actorId: null,
      actorKind: "JOB",
      input: {},
      now,
      settings,
    });
    return applied ? "done" : "moved-on";
  });
}
