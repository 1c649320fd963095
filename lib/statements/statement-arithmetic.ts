// The arithmetic of monthly statements and commission invoices (docs/payouts.md, statements and
// invoices). Pure: no I/O, integers only (minor units).
import type { BillingChargeKind, LedgerEntryType } from "@/lib/generated/prisma/client";
import { BILLING_TIME_ZONE, zonedInstant } from "@/lib/fees/plan-charges";

/** "2026-11" → its year and month, or null when it is not a month. */
export function parseStatementPeriod(periodKey: unknown): { year: number; month: number } | null {
  if (typeof periodKey !== "string") return null;
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(periodKey);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2999) return null;
  return { year, month: Number(match[2]) };
}

/** The month's first instant and the next month's (exclusive), in the marketplace's time zone. */
export function periodBounds(periodKey: string, timeZone: string = BILLING_TIME_ZONE): { start: Date; end: Date } {
  const period = parseStatementPeriod(periodKey);
  if (!period) throw new RangeError(`not a month: ${periodKey}`);
  const { year, month } = period;
  const start = zonedInstant(year, month, 1, timeZone);
  const end = month === 12 ? zonedInstant(year + 1, 1, 1, timeZone) : zonedInstant(year, month + 1, 1, timeZone);
  return { start, end };
}

/** The month before "2026-01": "2025-12". */
export function previousPeriodKey(periodKey: string): string {
  const period = parseStatementPeriod(periodKey);
  if (!period) throw new RangeError(`not a month: ${periodKey}`);
  const { year, month } = period;
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** How a statement groups the month's entries: every entry type belongs to exactly one group. */
export const STATEMENT_GROUPS = {
  sales: ["SALE", "SHIPPING"],
  refunds: ["REFUND"],
  commission: ["COMMISSION"],
  feeVat: ["FEE_VAT"],
  paymentFees: ["PAYMENT_FEE"],
  planCharges: ["SUBSCRIPTION_FEE"],
  adjustments: ["ADJUSTMENT"],
  payouts: ["PAYOUT", "PAYOUT_REVERSAL"],
} as const satisfies Record<string, readonly LedgerEntryType[]>;

export type StatementGroup = keyof typeof STATEMENT_GROUPS;
export type StatementMovements = Record<StatementGroup, number>;
export const STATEMENT_GROUP_ORDER = Object.keys(STATEMENT_GROUPS) as StatementGroup[];

/** The month's movements by group from the sums of its entries by type (a missing type sums to 0). */
export function movementsOf(sumsByType: Partial<Record<LedgerEntryType, number>>): StatementMovements {
  const movements = {} as StatementMovements;
  for (const group of STATEMENT_GROUP_ORDER) {
    movements[group] = STATEMENT_GROUPS[group].reduce((sum, type) => sum + (sumsByType[type] ?? 0), 0);
  }
  return movements;
}

export function totalOf(movements: StatementMovements): number {
  return STATEMENT_GROUP_ORDER.reduce((sum, group) => sum + movements[group], 0);
}

/** Opening balance + the month's movements = the closing balance (Σ of the entries written before the next month). */
export function balancesOf(openingBalance: number, movements: StatementMovements) {
  const net = totalOf(movements);
  return { openingBalance, net, closingBalance: openingBalance + net };
}

/** A line of a commission invoice, as stored in CommissionInvoice.lines. */
export type InvoiceLine =
  | { kind: "COMMISSION"; amountExclVat: number; vatAmount: number }
  | { kind: "PAYMENT_FEE"; amountExclVat: number; vatAmount: number }
  | {
      kind: "PLAN_CHARGE";
      chargeKind: BillingChargeKind;
      planName: string;
      periodStart: string;
      periodEnd: string;
      amountExclVat: number;
      vatAmount: number;
    };

export type InvoiceInput = {
  /** Σ COMMISSION entries of the month (negative: what the shop paid; reversals included) */
  commissionEntries: number;
  /** Σ FEE_VAT entries of the month */
  feeVatEntries: number;
  /** Σ PAYMENT_FEE entries of the month */
  paymentFeeEntries: number;
  /** the month's PAID plan charges, by card or from the balance */
  charges: {
    kind: BillingChargeKind;
    planName: string;
    periodStart: Date;
    periodEnd: Date;
    amountExclVat: number;
    vatAmount: number;
  }[];
};

/**
 * The lines of a shop's invoice for a month: what the marketplace charged, seen from the
 * marketplace (positive = the shop owes it). The commission is net of the month's reversals, its
 * VAT the FEE_VAT entries (rounded per part, as charged); the payment fee passed on is a
 * disbursement without VAT. Lines that are zero are left out.
 */
export function invoiceLinesOf(input: InvoiceInput): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  const commission = -input.commissionEntries;
  const commissionVat = -input.feeVatEntries;
  if (commission !== 0 || commissionVat !== 0)
    lines.push({ kind: "COMMISSION", amountExclVat: commission, vatAmount: commissionVat });
  const paymentFees = -input.paymentFeeEntries;
  if (paymentFees !== 0) lines.push({ kind: "PAYMENT_FEE", amountExclVat: paymentFees, vatAmount: 0 });
  for (const charge of input.charges) {
    if (charge.amountExclVat === 0 && charge.vatAmount === 0) continue;
    lines.push({
      kind: "PLAN_CHARGE",
      chargeKind: charge.kind,
      planName: charge.planName,
      periodStart: charge.periodStart.toISOString(),
      periodEnd: charge.periodEnd.toISOString(),
      amountExclVat: charge.amountExclVat,
      vatAmount: charge.vatAmount,
    });
  }
  return lines;
}

export function invoiceTotalsOf(lines: readonly Pick<InvoiceLine, "amountExclVat" | "vatAmount">[]) {
  const amountExclVat = lines.reduce((sum, line) => sum + line.amountExclVat, 0);
  const vatAmount = lines.reduce((sum, line) => sum + line.vatAmount, 0);
  return { amountExclVat, vatAmount, totalAmount: amountExclVat + vatAmount };
}

/** A month whose fees are negative (refunds gave back more commission than was charged) is a credit note ("Avoir"). */
export function documentKindOf(totalAmount: number): "INVOICE" | "CREDIT_NOTE" {
  return totalAmount < 0 ? "CREDIT_NOTE" : "INVOICE";
}

/** "2026-000042": the year's series and its gapless number. */
export function invoiceNumberOf(year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return `${year}-${String(sequence).padStart(6, "0")}`;
}

/** The DocumentSequence row of a year's invoices. */
export function invoiceSeriesKeyOf(year: number): string {
  return `INV-${year}`;
}

/** An amount of minor units as decimal text for a CSV cell: -1250 EUR → "-12,50" (decimal comma) or "-12.50". */
export function decimalText(amount: number, digits: number, decimal: "," | "."): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be an integer, got ${amount}`);
  const sign = amount < 0 ? "-" : "";
  const absolute = Math.abs(amount);
  if (digits === 0) return `${sign}${absolute}`;
  const divisor = 10 ** digits;
  const units = Math.floor(absolute / divisor);
  const fraction = String(absolute % divisor).padStart(digits, "0");
  return `${sign}${units}${decimal}${fraction}`;
}
