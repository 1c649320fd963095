import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { isLocale } from "@/lib/i18n/config";
import { toLatinDigits } from "@/lib/i18n/digits";
import { parseMoney } from "@/lib/money/parse-money";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf } from "@/lib/notifications/recipients";
import { parseIdOrThrow } from "@/lib/parse-id";
import { refundablePartSelect, writePartRefund } from "./refund-part";
import { shopperOrderSelect, shopperOrderUrl } from "./shopper-order-link";
import { quantityField, REFUND_ERRORS, resolveRefund, type RefundLine, type RefundRequest } from "./refund-request";

// A refund after the goods left (docs/domain.md, Refund): the shop's vendor or an operator gives
// back the whole remaining amount, an amount, or some of the part's lines, with a reason. The
// part's state does not change; parts refused, expired or cancelled were refunded in full by their
// transition (lib/orders/refund-part.ts), and before shipping the part is cancelled instead.

/** The states after the goods left, where a refund is a vendor's or an operator's decision. */
export const REFUNDABLE_STATES: readonly ShopOrderStatus[] = ["SHIPPED", "DELIVERED", "CONFIRMED"];

export const REFUND_LIMITS = { reason: 1000, lines: 200 } as const;

export type RefundShopOrderInput = {
  shopOrderId: string;
  reason?: string;
  /** the whole remaining amount */
  all?: boolean;
  /** in minor units (a number), or as a person types it ("12,50", read in `locale`) */
  amount?: number | string;
  lines?: { orderLineId: string; quantity: number | string }[];
  /** how to read a typed amount (default French) */
  locale?: string;
};

/** `refundId` is null for a preview (nothing written). */
export type RefundShopOrderResult = { refundId: string | null; amount: number; refundedAmount: number };

/** The message key of the CONFLICT when the part changed between reading and refunding. */
export const REFUND_CHANGED = "orders.refund.errors.changed";

const text = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const inputSchema = z.object({
  reason: z.preprocess(
    text,
    z
      .string({ error: "orders.refund.errors.reasonRequired" })
      .min(1, "orders.refund.errors.reasonRequired")
      .max(REFUND_LIMITS.reason, "orders.refund.errors.reasonTooLong"),
  ),
  all: z.boolean().optional(),
  amount: z.preprocess(blankToUndefined, z.union([z.number(), z.string()]).optional()),
  lines: z
    .array(z.object({ orderLineId: z.string().max(64), quantity: z.union([z.number(), z.string()]) }), {
      error: "orders.refund.errors.lineUnknown",
    })
    .max(REFUND_LIMITS.lines, "orders.refund.errors.lineUnknown")
    .optional(),
  locale: z.string().optional(),
});

function invalid(fieldErrors: Record<string, string>): AppError {
  return new AppError("VALIDATION", "invalid input", fieldErrors);
}

/** The request the input makes: exactly one of the whole remaining amount, an amount, or lines. */
function requestOf(input: z.output<typeof inputSchema>): RefundRequest {
  const lines = input.lines ?? [];
  const chosen = [input.all === true, input.amount !== undefined, lines.length > 0].filter(Boolean).length;
  if (chosen === 0) throw invalid({ mode: "orders.refund.errors.chooseWhat" });
  if (chosen > 1) throw invalid({ mode: "orders.refund.errors.chooseOne" });
  if (input.all) return { kind: "all" };
  if (input.amount !== undefined) {
    const locale = input.locale && isLocale(input.locale) ? input.locale : "fr";
    const amount = typeof input.amount === "number" ? input.amount : parseMoney(input.amount, locale);
    if (amount === null || !Number.isSafeInteger(amount))
      throw invalid({ amount: "orders.refund.errors.amountInvalid" });
    return { kind: "amount", amount };
  }
  const fieldErrors: Record<string, string> = {};
  const parsed = lines.map(({ orderLineId, quantity }) => {
    const typed = typeof quantity === "string" ? toLatinDigits(quantity) : quantity;
    const value = typeof typed === "string" && /^\s*\d{1,6}\s*$/.test(typed) ? Number(typed) : typed;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0)
      fieldErrors[quantityField(orderLineId)] ??= REFUND_ERRORS.quantityInvalid;
    return { orderLineId, quantity: typeof value === "number" ? value : 0 };
  });
  if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors);
  return { kind: "lines", lines: parsed };
}

/**
 * Refunds part of (or all that remains of) a shop's part after the goods left, in one
 * transaction: refundedAmount raised only if it is still the value read (so of two concurrent
 * refunds that together exceed what was paid, exactly one succeeds), the lines' refunded
 * quantities likewise, a PENDING Refund (sent by processPendingRefunds), the ledger entries
 * (REFUND, and the commission given back pro rata: lib/ledger/refund-entries.ts), a REFUND event
 * (from = to = the current state) and an e-mail to the shopper. Signed out: UNAUTHENTICATED;
 * another shop's part: NOT_FOUND; the shopper of the order: FORBIDDEN; a part not shipped,
 * delivered or confirmed: CONFLICT; bad input: VALIDATION. Nothing is written unless it succeeds;
 * `preview` checks everything and returns the amount without writing (the confirmation step).
 */
export async function refundShopOrder(
  actor: Actor | null,
  input: RefundShopOrderInput,
  options: { preview?: boolean } = {},
): Promise<RefundShopOrderResult> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const raw: Record<string, unknown> = typeof input === "object" && input !== null ? { ...input } : {};
  const shopOrderId = parseIdOrThrow(raw.shopOrderId);
  return getDb().$transaction(async (tx) => {
    // Tenant in the where: a vendor finds their shops' parts (a shopper their orders', to be refused).
    const part = await tx.shopOrder.findFirst({
      where:
        actor.role === "OPERATOR"
          ? { id: shopOrderId }
          : { id: shopOrderId, OR: [{ shop: { ownerId: actor.id } }, { order: { userId: actor.id } }] },
      select: {
        ...refundablePartSelect,
        status: true,
        shop: { select: { ownerId: true, name: true } },
        order: { select: shopperOrderSelect },
        lines: {
          orderBy: { id: "asc" },
          select: {
            id: true,
            titleSnapshot: true,
            unitPriceAmount: true,
            quantity: true,
            refundedQuantity: true,
            lineAmount: true,
            finalLineAmount: true,
          },
        },
      },
    });
    if (!part || part.status === "AWAITING_PAYMENT") throw new AppError("NOT_FOUND");
    const actorKind = part.shop.ownerId === actor.id ? "VENDOR" : actor.role === "OPERATOR" ? "OPERATOR" : null;
    if (!actorKind) throw new AppError("FORBIDDEN");

    const parsed = parseInput(inputSchema, raw);
    const request = requestOf(parsed);
    if (!REFUNDABLE_STATES.includes(part.status)) throw new AppError("CONFLICT", "orders.refund.errors.notRefundable");
    const resolution = resolveRefund(part, request);
    if (!resolution.ok) throw invalid(resolution.fieldErrors);
    const { amount, lines } = resolution.refund;
    // The confirmation step asks with the exact amount, checked like the real thing.
    if (options.preview) return { refundId: null, amount, refundedAmount: part.refundedAmount + amount };

    // Conditional: only if nobody refunded (or moved the part) since it was read.
    const refund = await writePartRefund(tx, part, amount, {
      reason: parsed.reason,
      memo: part.order.number,
      status: part.status,
    });
    if (!refund) throw new AppError("CONFLICT", REFUND_CHANGED);
    for (const line of lines) {
      const read = part.lines.find((candidate) => candidate.id === line.orderLineId)!;
      const done = await tx.orderLine.updateMany({
        where: { id: read.id, shopOrderId: part.id, refundedQuantity: read.refundedQuantity },
        data: { refundedQuantity: { increment: line.quantity } },
      });
      if (done.count === 0) throw new AppError("CONFLICT", REFUND_CHANGED);
    }
    await tx.shopOrderEvent.create({
      data: {
        shopOrderId: part.id,
        action: "REFUND",
        fromStatus: part.status,
        toStatus: part.status,
        actorId: actor.id,
        actorKind,
        reason: parsed.reason,
        data: { refundId: refund.id, amount, lines },
      },
    });
    await queueRefundEmail(tx, part, { amount, reason: parsed.reason, lines });
    return { refundId: refund.id, amount, refundedAmount: part.refundedAmount + amount };
  });
}

/** The shopper's e-mail (template "order.refunded"), in the refund's transaction. */
async function queueRefundEmail(
  tx: Prisma.TransactionClient,
  part: {
    currency: string;
    refundedAmount: number;
    itemsAmount: number;
    deliveryFeeAmount: number;
    shop: { name: string };
    order: {
      id: string;
      number: string;
      userId: string | null;
      email: string;
      customerName: string;
      user: { locale: string | null } | null;
    };
    lines: { id: string; titleSnapshot: string }[];
  },
  refund: { amount: number; reason: string; lines: RefundLine[] },
): Promise<void> {
  await queueEmail(tx, {
    to: part.order.email,
    locale: emailLocaleOf(part.order.user?.locale),
    template: "order.refunded",
    data: {
      customerName: part.order.customerName || null,
      orderNumber: part.order.number,
      shopName: part.shop.name,
      currency: part.currency,
      refundAmount: refund.amount,
      reason: refund.reason,
      lines: refund.lines.map((line) => ({
        title: part.lines.find((candidate) => candidate.id === line.orderLineId)?.titleSnapshot ?? "",
        quantity: line.quantity,
      })),
      orderUrl: shopperOrderUrl(part.order),
    },
  });
}
