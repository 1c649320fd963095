import "server-only";
import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import type { ReturnDecision, ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { isLocale } from "@/lib/i18n/config";
import { refundableAmountOf } from "@/lib/ledger/refund-entries";
import { parseMoney } from "@/lib/money/parse-money";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf } from "@/lib/notifications/recipients";
import { parseIdOrThrow } from "@/lib/parse-id";
import { recordPartRefund, refundablePartSelect } from "./refund-part";
import { resolveRefund } from "./refund-request";
import { RETURN_LIMITS } from "./rules/returns";
import { shopperOrderSelect, shopperOrderUrl } from "./shopper-order-link";
import { vendorInbox } from "./vendor-inbox";

// The operator decides a return the shopper escalated (docs/domain.md, returns and escalations):
// refund everything that remains (RETURNED; the stock does not come back: the goods may never
// return, or come back unsellable), refund an amount (CONFIRMED), or side with the shop
// (CONFIRMED). Outside the transition table because the outcome picks the next state.

export const DECISIONS = ["REFUND_ALL", "REFUND_PART", "SIDE_WITH_VENDOR"] as const satisfies readonly ReturnDecision[];

export type DecideEscalationInput = {
  shopOrderId: string;
  decision?: string;
  /** REFUND_PART: in minor units (a number), or as a person types it ("12,50", read in `locale`) */
  amount?: number | string;
  note?: string;
  locale?: string;
};

/** `refundId` is null for a preview, and when the decision refunds nothing. */
export type DecideEscalationResult = {
  decision: ReturnDecision;
  status: ShopOrderStatus;
  amount: number;
  refundId: string | null;
};

/** The message key of the CONFLICT when the part is no longer escalated (decided, or moved on). */
export const NOT_ESCALATED = "orders.returns.errors.notEscalated";

const NEXT_STATUS: Record<ReturnDecision, ShopOrderStatus> = {
  REFUND_ALL: "RETURNED",
  REFUND_PART: "CONFIRMED",
  SIDE_WITH_VENDOR: "CONFIRMED",
};

const text = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const inputSchema = z.object({
  decision: z.preprocess(blankToUndefined, z.enum(DECISIONS, { error: "orders.returns.errors.decisionRequired" })),
  note: z.preprocess(
    text,
    z
      .string({ error: "orders.returns.errors.noteRequired" })
      .min(1, "orders.returns.errors.noteRequired")
      .max(RETURN_LIMITS.decisionNote, "orders.returns.errors.noteTooLong"),
  ),
  amount: z.preprocess(blankToUndefined, z.union([z.number(), z.string()]).optional()),
  locale: z.string().optional(),
});

function invalid(fieldErrors: Record<string, string>): AppError {
  return new AppError("VALIDATION", "invalid input", fieldErrors);
}

function amountOf(input: z.output<typeof inputSchema>): number {
  if (input.amount === undefined) throw invalid({ amount: "orders.refund.errors.amountInvalid" });
  const locale = input.locale && isLocale(input.locale) ? input.locale : "fr";
  const amount = typeof input.amount === "number" ? input.amount : parseMoney(input.amount, locale);
  if (amount === null || !Number.isSafeInteger(amount)) throw invalid({ amount: "orders.refund.errors.amountInvalid" });
  return amount;
}

/**
 * An operator decides an escalated part, in one transaction: the conditional update from ESCALATED
 * (and from the refunded amount read, so that a concurrent refund or a second operator cannot pass:
 * exactly one decision wins, the other gets CONFLICT), escalatedAt cleared, the refund with its
 * ledger entries (REFUND, commission given back pro rata) when the decision refunds, the decision
 * on the ReturnRequest, a timeline event, an AuditLog row and e-mails to the shopper and the shop.
 * Signed out: UNAUTHENTICATED; not an operator: FORBIDDEN; unknown part: NOT_FOUND; not escalated:
 * CONFLICT; bad input: VALIDATION. `preview` checks everything and writes nothing.
 */
export async function decideEscalation(
  actor: Actor | null,
  input: DecideEscalationInput,
  options: { preview?: boolean } = {},
): Promise<DecideEscalationResult> {
  assertRole(actor, "OPERATOR");
  const raw: Record<string, unknown> = typeof input === "object" && input !== null ? { ...input } : {};
  const shopOrderId = parseIdOrThrow(raw.shopOrderId);
  const parsed = parseInput(inputSchema, raw);
  const requested = parsed.decision === "REFUND_PART" ? amountOf(parsed) : null;
  return getDb().$transaction(async (tx) => {
    const part = await tx.shopOrder.findUnique({
      where: { id: shopOrderId },
      select: {
        ...refundablePartSelect,
        status: true,
        shop: { select: { name: true, email: true, owner: { select: { email: true, locale: true } } } },
        order: { select: shopperOrderSelect },
        lines: { select: { id: true, unitPriceAmount: true, quantity: true, refundedQuantity: true } },
      },
    });
    if (!part || part.status === "AWAITING_PAYMENT") throw new AppError("NOT_FOUND");
    if (part.status !== "ESCALATED") throw new AppError("CONFLICT", NOT_ESCALATED);

    let amount = 0;
    if (parsed.decision === "REFUND_ALL") amount = Math.max(0, refundableAmountOf(part));
    if (requested !== null) {
      const resolution = resolveRefund(part, { kind: "amount", amount: requested });
      if (!resolution.ok) throw invalid(resolution.fieldErrors);
      amount = resolution.refund.amount;
    }
    const status = NEXT_STATUS[parsed.decision];
    if (options.preview) return { decision: parsed.decision, status, amount, refundId: null };

    const now = new Date();
    const updated = await tx.shopOrder.updateMany({
      where: { id: part.id, status: "ESCALATED", refundedAmount: part.refundedAmount },
      data: {
        status,
        statusChangedAt: now,
        statusChangedById: actor.id,
        escalatedAt: null,
        refundedAmount: { increment: amount },
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", NOT_ESCALATED);
    let refundId: string | null = null;
    if (amount > 0)
      refundId = (await recordPartRefund(tx, part, amount, { reason: parsed.note, memo: part.order.number })).id;
    await tx.returnRequest.update({
      where: { shopOrderId: part.id },
      data: { decision: parsed.decision, decisionNote: parsed.note, decidedAt: now, decidedById: actor.id },
    });
    const data = { decision: parsed.decision, refundId, refundAmount: amount };
    await tx.shopOrderEvent.create({
      data: {
        shopOrderId: part.id,
        action: "DECIDE_ESCALATION",
        fromStatus: "ESCALATED",
        toStatus: status,
        actorId: actor.id,
        actorKind: "OPERATOR",
        reason: parsed.note,
        data,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "order.escalation-decided",
      entityType: "ShopOrder",
      entityId: part.id,
      reason: parsed.note,
      data,
    });
    const mail = {
      orderNumber: part.order.number,
      shopName: part.shop.name,
      currency: part.currency,
      decision: parsed.decision,
      refundAmount: amount,
      note: parsed.note,
    };
    await queueEmail(tx, {
      to: part.order.email,
      locale: emailLocaleOf(part.order.user?.locale),
      template: "order.escalation-decided",
      data: {
        ...mail,
        customerName: part.order.customerName || null,
        orderUrl: shopperOrderUrl(part.order),
      },
    });
    await queueEmail(tx, {
      to: vendorInbox(part.shop),
      locale: emailLocaleOf(part.shop.owner.locale),
      template: "order.escalation-decided-shop",
      data: { ...mail, customerName: null, orderUrl: appUrl(`/dashboard/orders/${part.id}`) },
    });
    return { decision: parsed.decision, status, amount, refundId };
  });
}
