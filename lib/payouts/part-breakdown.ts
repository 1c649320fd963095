import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LedgerEntryType } from "@/lib/generated/prisma/enums";
import { parseIdOrThrow } from "@/lib/parse-id";
import { holdOf, type Hold } from "./hold";
import { PAYOUT_ROW_SELECT } from "./payout-detail";
import { payoutRunFor } from "./schedule";
import { shopCalendarOf, vendorPayoutSettings } from "./vendor-payout-settings";

// What one part of an order brings the shop (docs/payouts.md, the vendor's money page): each
// figure is the sum of the part's ledger entries of one type, so the lines add up to the net, the
// sum of all its entries. The commission and VAT on fees are net of what refunds gave back; the
// ambassador's share is shown beside, carved out of the marketplace's commission (not the shop's cost).

const LINE_TYPES = ["SALE", "SHIPPING", "COMMISSION", "FEE_VAT", "PAYMENT_FEE", "REFUND"] as const;
export type BreakdownLine = (typeof LINE_TYPES)[number] | "OTHER";

export type PartBreakdown = Awaited<ReturnType<typeof getPartBreakdown>>;

/** A part's hold: the release pass's date once released, else the rule's (docs/payouts.md, holds). */
function partHold(hold: Hold, fundsAvailableAt: Date | null): Hold {
  return fundsAvailableAt ? { endsAt: fundsAvailableAt, expectedAt: null, reason: "ends" } : hold;
}

/**
 * The breakdown of a paid part for the vendor owning its shop (a closed shop's too): its lines,
 * each figure from its entries, the net, its hold and expected payout date, and the payouts that
 * settled its entries. Another vendor's part, an unpaid one or junk: NOT_FOUND.
 */
export async function getPartBreakdown(actor: Actor | null, shopOrderId: string, options: { now?: Date } = {}) {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopOrderId);
  const now = options.now ?? new Date();
  const db = getDb();
  const part = await db.shopOrder.findFirst({
    where: { id, shop: { ownerId: actor.id }, status: { not: "AWAITING_PAYMENT" } },
    select: {
      id: true,
      shopId: true,
      status: true,
      currency: true,
      itemsAmount: true,
      deliveryFeeAmount: true,
      commissionAmount: true,
      shippingCommissionAmount: true,
      feesVatAmount: true,
      paymentFeeAmount: true,
      ambassadorShareAmount: true,
      refundedAmount: true,
      deliveredAt: true,
      statusChangedAt: true,
      autoConfirmAt: true,
      fundsAvailableAt: true,
      order: { select: { number: true, paidAt: true, buyerIsBusiness: true } },
      shop: { select: { name: true, plan: { select: { payoutSchedule: true } } } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          titleSnapshot: true,
          quantity: true,
          refundedQuantity: true,
          unitPriceAmount: true,
          lineAmount: true,
          finalLineAmount: true,
          commissionRateBps: true,
          commissionAmount: true,
          ambassadorShareAmount: true,
        },
      },
    },
  });
  if (!part) throw new AppError("NOT_FOUND");
  const [settings, byType, given, payoutIds, unsettled] = await Promise.all([
    vendorPayoutSettings(db),
    db.ledgerEntry.groupBy({ by: ["type"], where: { shopOrderId: part.id }, _sum: { amount: true } }),
    // what refunds gave back of the commission and of its VAT (positive entries)
    db.ledgerEntry.groupBy({
      by: ["type"],
      where: { shopOrderId: part.id, type: { in: ["COMMISSION", "FEE_VAT"] }, amount: { gt: 0 } },
      _sum: { amount: true },
    }),
    db.ledgerEntry.findMany({
      where: { shopOrderId: part.id, payoutId: { not: null } },
      distinct: ["payoutId"],
      select: { payoutId: true },
    }),
    db.ledgerEntry.aggregate({ where: { shopOrderId: part.id, payoutId: null }, _sum: { amount: true }, _count: true }),
  ]);
  const sums = new Map<LedgerEntryType, number>(byType.map((row) => [row.type, row._sum.amount ?? 0]));
  const lines: { line: BreakdownLine; amount: number }[] = LINE_TYPES.filter((type) => sums.has(type)).map((type) => ({
    line: type,
    amount: sums.get(type) ?? 0,
  }));
  const other = byType
    .filter((row) => !(LINE_TYPES as readonly string[]).includes(row.type))
    .reduce((sum, row) => sum + (row._sum.amount ?? 0), 0);
  if (byType.some((row) => !(LINE_TYPES as readonly string[]).includes(row.type)))
    lines.push({ line: "OTHER", amount: other });
  const net = byType.reduce((sum, row) => sum + (row._sum.amount ?? 0), 0);
  const givenBack = new Map(given.map((row) => [row.type, row._sum.amount ?? 0]));

  const hold = partHold(
    holdOf(
      {
        status: part.status,
        deliveredAt: part.deliveredAt,
        statusChangedAt: part.statusChangedAt,
        autoConfirmAt: part.autoConfirmAt,
        buyerIsBusiness: part.order.buyerIsBusiness,
      },
      settings,
    ),
    part.fundsAvailableAt,
  );
  const calendar = shopCalendarOf(settings, part.shop.plan?.payoutSchedule);
  // Still unsettled money is paid by the first run after it becomes available (now, if it already is).
  const availableFrom = hold.endsAt ?? hold.expectedAt;
  const expectedPayoutDate =
    unsettled._count > 0 && availableFrom
      ? payoutRunFor(calendar, availableFrom.getTime() < now.getTime() ? now : availableFrom)
      : null;
  const payouts = await db.payout.findMany({
    where: { id: { in: payoutIds.map((row) => row.payoutId as string) }, shopId: part.shopId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: PAYOUT_ROW_SELECT,
  });

  return {
    id: part.id,
    shopId: part.shopId,
    shopName: part.shop.name,
    orderNumber: part.order.number,
    paidAt: part.order.paidAt,
    status: part.status,
    currency: part.currency,
    items: part.lines.map((line) => ({
      id: line.id,
      title: line.titleSnapshot,
      quantity: line.quantity,
      refundedQuantity: line.refundedQuantity,
      unitPriceAmount: line.unitPriceAmount,
      lineAmount: line.finalLineAmount ?? line.lineAmount,
      commissionRateBps: line.commissionRateBps,
      commissionAmount: line.commissionAmount,
    })),
    /** signed sums of the part's entries by type: they add up to `net` */
    lines,
    net,
    /** as charged when paid: the commission of which on shipping, its VAT, and what refunds gave back */
    commission: {
      charged: part.commissionAmount,
      onShipping: part.shippingCommissionAmount,
      givenBack: givenBack.get("COMMISSION") ?? 0,
    },
    feesVat: { charged: part.feesVatAmount, givenBack: givenBack.get("FEE_VAT") ?? 0 },
    /** the payment fee as estimated at checkout; charged to the shop only when a PAYMENT_FEE line shows it */
    paymentFeeEstimate: part.paymentFeeAmount,
    /** carved out of the marketplace's commission: not the shop's cost */
    ambassadorShare: part.ambassadorShareAmount,
    refundedAmount: part.refundedAmount,
    hold,
    released: part.fundsAvailableAt !== null,
    /** what of the net no payout has settled yet, and the run expected to pay it (null: on request or unknown) */
    unsettledAmount: unsettled._sum.amount ?? 0,
    expectedPayoutDate,
    payoutSchedule: calendar.schedule,
    payouts,
  };
}
