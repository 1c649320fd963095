import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ambassadorReversalsOf, type RefundablePart } from "@/lib/ledger/refund-entries";

// An ambassador's earnings (docs/business-models.md, ambassadors): carved out of the marketplace's
// commission, never in a shop's ledger. Append-only, like the ledger: a sale writes one
// AMBASSADOR_SHARE per line with a share, a refund one negative AMBASSADOR_REVERSAL per line.

type Tx = Prisma.TransactionClient;

export type SharedPart = {
  id: string;
  currency: string;
  lines: readonly { id: string; ambassadorShareAmount: number }[];
};

/**
 * At payment confirmation, in its transaction: one AMBASSADOR_SHARE per line whose share (the fee
 * engine's, after any commission-free sale zeroed it) is above 0. Nothing without an ambassador.
 */
export async function recordAmbassadorEntries(
  tx: Tx,
  ambassadorId: string | null,
  parts: readonly SharedPart[],
): Promise<void> {
  if (!ambassadorId) return;
  const data = parts.flatMap((part) =>
    part.lines
      .filter((line) => line.ambassadorShareAmount > 0)
      .map((line) => ({
        ambassadorId,
        shopOrderId: part.id,
        orderLineId: line.id,
        type: "AMBASSADOR_SHARE" as const,
        amount: line.ambassadorShareAmount,
        currency: part.currency,
      })),
  );
  if (data.length > 0) await tx.ambassadorEntry.createMany({ data });
}

/**
 * A refund of `refundAmount` on the part (read before the refund), in the refund's transaction:
 * the shares earned on its lines are reversed in proportion (ambassadorReversalsOf), from what the
 * part's entries say was earned and already reversed, so never more than was earned.
 */
export async function recordAmbassadorReversals(
  tx: Tx,
  part: Pick<RefundablePart, "itemsAmount" | "deliveryFeeAmount" | "refundedAmount"> & { id: string; currency: string },
  refundAmount: number,
): Promise<void> {
  const rows = await tx.ambassadorEntry.groupBy({
    by: ["ambassadorId", "orderLineId", "type"],
    where: { shopOrderId: part.id },
    _sum: { amount: true },
  });
  if (rows.length === 0) return;
  const byLine = new Map<
    string,
    { ambassadorId: string; orderLineId: string | null; earned: number; reversed: number }
  >();
  for (const row of rows) {
    const key = `${row.ambassadorId}:${row.orderLineId ?? ""}`;
    const line = byLine.get(key) ?? {
      ambassadorId: row.ambassadorId,
      orderLineId: row.orderLineId,
      earned: 0,
      reversed: 0,
    };
    if (row.type === "AMBASSADOR_SHARE") line.earned += row._sum.amount ?? 0;
    else line.reversed -= row._sum.amount ?? 0;
    byLine.set(key, line);
  }
  const reversals = ambassadorReversalsOf(part, refundAmount, [...byLine.values()]);
  if (reversals.length === 0) return;
  await tx.ambassadorEntry.createMany({
    data: reversals.map((reversal) => ({
      ambassadorId: reversal.ambassadorId,
      shopOrderId: part.id,
      orderLineId: reversal.orderLineId,
      type: "AMBASSADOR_REVERSAL" as const,
      amount: reversal.amount,
      currency: part.currency,
    })),
  });
}
