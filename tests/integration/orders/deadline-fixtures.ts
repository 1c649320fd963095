// Test data for the deadline job (docs/domain.md, deadlines): placed orders (order-fixtures.ts)
// moved by hand to a paid, accepted or delivered state at a chosen instant, with the deadlines the
// rules of lib/orders/rules/deadlines.ts give for the marketplace's settings. No test reads the
// real clock: each passes its own `now` to the job.
import type { Actor } from "@/lib/auth/actor";
import { FRENCH_CALENDAR } from "@/lib/calendar/business-days";
import { getDb } from "@/lib/db";
import { recordSaleEntries } from "@/lib/ledger/record-sale-entries";
import {
  acceptanceDeadlines,
  afterDeliveryDeadlines,
  shippingDeadline,
  type DeadlineSettings,
} from "@/lib/orders/rules/deadlines";
import { placedOrder, type Shops } from "./order-fixtures";

export const SETTINGS: DeadlineSettings = {
  acceptanceDeadlineBusinessDays: 2,
  shipDeadlineBusinessDays: 2,
  autoConfirmDays: 7,
  returnWindowDays: 14,
  calendar: FRENCH_CALENDAR,
};

/** The marketplace's settings row, with the deadlines above (the job and the transitions read it). */
export async function marketplaceSettings(): Promise<void> {
  const data = {
    acceptanceDeadlineBusinessDays: SETTINGS.acceptanceDeadlineBusinessDays,
    shipDeadlineBusinessDays: SETTINGS.shipDeadlineBusinessDays,
    autoConfirmDays: SETTINGS.autoConfirmDays,
    returnWindowDays: SETTINGS.returnWindowDays,
    holidayCountry: SETTINGS.calendar.country,
  };
  await getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}

export const HOUR_MS = 60 * 60 * 1000;
export const at = (instant: Date, offsetMs: number) => new Date(instant.getTime() + offsetMs);

/**
 * An order paid at `paidAt` (as confirmOrderPayment leaves it: both parts AWAITING_ACCEPTANCE with
 * their acceptance deadlines, the sale entries written), bread at the bakery and a bowl at the pottery.
 */
export async function paidOrder(shops: Shops, paidAt: Date, shopper?: Actor | null) {
  const db = getDb();
  const placed = await placedOrder(shops, { shopper, status: "PAID" });
  await db.order.update({ where: { id: placed.order.id }, data: { paidAt, stockReservedUntil: null } });
  const { acceptBy, remindAt } = acceptanceDeadlines(paidAt, SETTINGS);
  for (const part of placed.order.shopOrders) {
    await db.shopOrder.update({
      where: { id: part.id },
      data: { status: "AWAITING_ACCEPTANCE", statusChangedAt: paidAt, acceptBy, remindAt },
    });
    await recordSaleEntries(db, part, placed.order.number);
  }
  const [bakeryPart, potteryPart] = placed.order.shopOrders;
  return { ...placed, bakeryPart, potteryPart, acceptBy, remindAt };
}

/** The part accepted by its vendor at `acceptedAt`: to be sent by shipBy. */
export async function markAccepted(shopOrderId: string, acceptedAt: Date) {
  const shipBy = shippingDeadline(acceptedAt, SETTINGS);
  await getDb().shopOrder.update({
    where: { id: shopOrderId },
    data: { status: "ACCEPTED", statusChangedAt: acceptedAt, shipBy },
  });
  return { shipBy };
}

/** The part delivered at `deliveredAt`: confirmed automatically at autoConfirmAt. */
export async function markDelivered(shopOrderId: string, deliveredAt: Date) {
  const { autoConfirmAt, returnBy } = afterDeliveryDeadlines(deliveredAt, SETTINGS);
  await getDb().shopOrder.update({
    where: { id: shopOrderId },
    data: { status: "DELIVERED", statusChangedAt: deliveredAt, deliveredAt, autoConfirmAt, returnBy },
  });
  return { autoConfirmAt };
}

/**
 * Takes every part still waiting on a deadline out of the job's way (confirmed, no deadline), so
 * that each test sees only its own parts, whatever clock the previous one used.
 */
export async function parkAllParts(): Promise<void> {
  await getDb().shopOrder.updateMany({
    where: { status: { in: ["AWAITING_ACCEPTANCE", "ACCEPTED", "DELIVERED"] } },
    data: { status: "CONFIRMED", acceptBy: null, remindAt: null, shipBy: null, autoConfirmAt: null },
  });
}

/** What the job wrote for a part: its events by action, its refunds, its status. */
export async function partRecord(shopOrderId: string) {
  const db = getDb();
  const part = await db.shopOrder.findUniqueOrThrow({
    where: { id: shopOrderId },
    select: { status: true, acceptanceRemindedAt: true, lateFlaggedAt: true, refundedAmount: true },
  });
  const events = await db.shopOrderEvent.findMany({
    where: { shopOrderId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorKind: true, fromStatus: true, toStatus: true },
  });
  const refunds = await db.refund.findMany({ where: { shopOrderId }, select: { amount: true, status: true } });
  const count = (action: string) => events.filter((event) => event.action === action).length;
  return { ...part, events, count, refunds };
}

/**
 * E-mails queued to `to` (one address, or any of several: a shop's public address and its owner's)
 * with this template, or any template starting with it (`order.expired`).
 */
export async function emailsTo(to: string | string[], templatePrefix: string): Promise<number> {
  const addresses = typeof to === "string" ? [to] : to;
  return getDb().emailMessage.count({ where: { to: { in: addresses }, template: { startsWith: templatePrefix } } });
}
