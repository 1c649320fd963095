// What a refund after the goods left takes back (docs/domain.md, Refund): the whole remaining
// amount, an amount, or quantities of the part's lines (unit price × quantity). Never more than
// what the shopper paid for the part less what was already refunded, never more of a line than
// was bought less what was already refunded of it. Pure: no I/O; the errors are message keys.
import { refundableAmountOf } from "@/lib/ledger/refund-entries";
import { allocateAmount } from "@/lib/money/allocate-amount";

/** The part as it stands before the refund, in minor units. */
export type RefundTarget = {
  itemsAmount: number;
  deliveryFeeAmount: number;
  commissionAmount: number;
  refundedAmount: number;
  lines: {
    id: string;
    unitPriceAmount: number;
    quantity: number;
    refundedQuantity: number;
    /** an estimated-price line: what was paid for it and its final amount (docs/domain.md, estimated prices) */
    lineAmount?: number;
    finalLineAmount?: number | null;
  }[];
};

export type RefundRequest =
  | { kind: "all" }
  | { kind: "amount"; amount: number }
  | { kind: "lines"; lines: { orderLineId: string; quantity: number }[] };

export type RefundLine = { orderLineId: string; quantity: number };

export type ResolvedRefund = { amount: number; lines: RefundLine[] };

export type RefundResolution =
  { ok: true; refund: ResolvedRefund } | { ok: false; fieldErrors: Record<string, string> };

export const REFUND_ERRORS = {
  nothingLeft: "orders.refund.errors.nothingLeft",
  amountPositive: "orders.refund.errors.amountPositive",
  amountTooLarge: "orders.refund.errors.amountTooLarge",
  lineUnknown: "orders.refund.errors.lineUnknown",
  quantityInvalid: "orders.refund.errors.quantityInvalid",
  quantityTooLarge: "orders.refund.errors.quantityTooLarge",
  nothingChosen: "orders.refund.errors.nothingChosen",
} as const;

/** The form field of a line's quantity: its errors are keyed the same way. */
export const quantityField = (orderLineId: string) => `quantity.${orderLineId}`;

/**
 * What all the units of an estimated line once priced are worth to a refund: its final amount,
 * never more than was paid (the difference already went back, an excess was settled at the
 * counter); null for any other line, whose units are worth their unit price.
 */
function finalWorthOf(line: Pick<RefundTarget["lines"][number], "lineAmount" | "finalLineAmount">): number | null {
  if (line.finalLineAmount === undefined || line.finalLineAmount === null || line.lineAmount === undefined) return null;
  return Math.min(line.finalLineAmount, line.lineAmount);
}

/**
 * The price the refund form names a line by: its unit price, or, for an estimated line once
 * priced, the final amount its units share (docs/domain.md, estimated prices) — never the estimate.
 */
export function refundLinePrice(
  line: Pick<RefundTarget["lines"][number], "unitPriceAmount" | "lineAmount" | "finalLineAmount">,
): { kind: "unit"; amount: number } | { kind: "final"; amount: number } {
  const worth = finalWorthOf(line);
  return worth === null ? { kind: "unit", amount: line.unitPriceAmount } : { kind: "final", amount: worth };
}

/**
 * What refunding `quantity` more of a line is worth, after `refundedQuantity` were: unit price ×
 * quantity, except for an estimated line once priced, whose units share what it finally cost (never
 * more than was paid: the difference already went back, an excess was settled at the counter).
 */
function lineRefundAmount(line: RefundTarget["lines"][number], quantity: number): number {
  const worth = finalWorthOf(line);
  if (worth === null) return line.unitPriceAmount * quantity;
  const upTo = (units: number) => allocateAmount(worth, [units, line.quantity - units])[0];
  return upTo(line.refundedQuantity + quantity) - upTo(line.refundedQuantity);
}

/** How many of a line may still be refunded. */
export function refundableQuantityOf(line: RefundTarget["lines"][number]): number {
  return Math.max(0, line.quantity - line.refundedQuantity);
}

/** What a request refunds from the part as it stands, or the field errors that refuse it. */
export function resolveRefund(part: RefundTarget, request: RefundRequest): RefundResolution {
  const remaining = refundableAmountOf(part);
  if (request.kind === "all") {
    if (remaining <= 0) return { ok: false, fieldErrors: { form: REFUND_ERRORS.nothingLeft } };
    return { ok: true, refund: { amount: remaining, lines: [] } };
  }
  if (request.kind === "amount") {
    if (!Number.isSafeInteger(request.amount) || request.amount <= 0)
      return { ok: false, fieldErrors: { amount: REFUND_ERRORS.amountPositive } };
    if (request.amount > remaining) return { ok: false, fieldErrors: { amount: REFUND_ERRORS.amountTooLarge } };
    return { ok: true, refund: { amount: request.amount, lines: [] } };
  }
  // The same line twice adds up: a forged POST must not refund it twice over.
  const wanted = new Map<string, number>();
  const fieldErrors: Record<string, string> = {};
  for (const { orderLineId, quantity } of request.lines) {
    if (!Number.isSafeInteger(quantity) || quantity <= 0)
      fieldErrors[quantityField(orderLineId)] ??= REFUND_ERRORS.quantityInvalid;
    else wanted.set(orderLineId, (wanted.get(orderLineId) ?? 0) + quantity);
  }
  const lines: RefundLine[] = [];
  let amount = 0;
  for (const [orderLineId, quantity] of wanted) {
    const line = part.lines.find((candidate) => candidate.id === orderLineId);
    if (!line) {
      fieldErrors.lines ??= REFUND_ERRORS.lineUnknown;
      continue;
    }
    if (quantity > refundableQuantityOf(line)) {
      fieldErrors[quantityField(orderLineId)] ??= REFUND_ERRORS.quantityTooLarge;
      continue;
    }
    lines.push({ orderLineId, quantity });
    amount += lineRefundAmount(line, quantity);
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  if (lines.length === 0 || amount <= 0) return { ok: false, fieldErrors: { lines: REFUND_ERRORS.nothingChosen } };
  if (amount > remaining) return { ok: false, fieldErrors: { lines: REFUND_ERRORS.amountTooLarge } };
  return { ok: true, refund: { amount, lines } };
}
