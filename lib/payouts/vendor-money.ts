import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { isStripeConfigured } from "@/lib/payments/stripe-client";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { shopBalancesOf, pendingPartsOf } from "./balances";
import { loadShopPayoutState, minimumPayoutOf, payoutBlockersOf, payoutMethodOf, type PayoutBlocker } from "./blockers";
import { cutoffOf, latestRunDate, nextRunDate, payoutRunFor, ON_REQUEST_BUSINESS_DAYS } from "./schedule";
import { PAYOUT_ROW_SELECT } from "./payout-detail";
import { shopCalendarOf, vendorPayoutSettings } from "./vendor-payout-settings";

// Everything /dashboard/money shows (docs/payouts.md, the vendor's money page): the balances, the
// shop's schedule, the next payout (date and amount) or why there will be none, the payouts in
// transit and the latest ones, and the parts whose money is still held. Aggregates and limited
// lists only, so a shop with 50,000 entries reads as fast as a new one.

export const PENDING_PARTS_SHOWN = 20;
/** how many pending parts the next payout's projection looks at (newest first) */
const PENDING_PARTS_PROJECTED = 500;
export const PAYOUTS_PAGE_SIZE = 10;

export type VendorMoney = Awaited<ReturnType<typeof getVendorMoney>>;

export type NextPayout =
  /** current: the period already begun whose payout the job's next pass makes (today or a missed run) */
  | { kind: "scheduled"; runDate: string; current: boolean; amount: number }
  /** requestable: money to pay and no requested payout under way (inProgress) */
  | { kind: "onRequest"; amount: number; requestable: boolean; inProgress: boolean }
  | { kind: "blocked"; runDate: string | null; amount: number; blockers: PayoutBlocker[] }
  /** nothing available and nothing else in the way: the next run date, should money arrive */
  | { kind: "nothing"; runDate: string };

/**
 * The vendor's money for one of their shops (a closed shop's too: its money is still owed). The
 * owner only: another vendor's shop NOT_FOUND, anyone but a vendor FORBIDDEN, signed out UNAUTHENTICATED.
 */
export async function getVendorMoney(
  actor: Actor | null,
  shopId: string,
  options: { now?: Date; payoutsPage?: number } = {},
) {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(
    db,
    actor,
    shopId,
    { id: true, name: true, status: true, plan: { select: { payoutSchedule: true } } },
    { includeClosed: true },
  );
  const now = options.now ?? new Date();
  const settings = await vendorPayoutSettings(db);
  const calendar = shopCalendarOf(settings, shop.plan?.payoutSchedule);
  const [balances, state, pendingParts, payoutCount, inTransit] = await Promise.all([
    shopBalancesOf(db, shop.id, now),
    loadShopPayoutState(db, shop.id, now),
    pendingPartsOf(db, shop.id, now, settings, { limit: PENDING_PARTS_PROJECTED }),
    db.payout.count({ where: { shopId: shop.id } }),
    db.payout.findMany({
      where: { shopId: shop.id, status: { in: ["SCHEDULED", "PROCESSING"] } },
      orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
      take: PAYOUTS_PAGE_SIZE,
      select: PAYOUT_ROW_SELECT,
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(payoutCount / PAYOUTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(Number(options.payoutsPage ?? 1)) || 1), pageCount);
  const payouts = await db.payout.findMany({
    where: { shopId: shop.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAYOUTS_PAGE_SIZE,
    take: PAYOUTS_PAGE_SIZE,
    select: PAYOUT_ROW_SELECT,
  });

  const minimum = minimumPayoutOf(settings.payoutMinimumAmount);
  const method = payoutMethodOf(state, isStripeConfigured());
  const blockersWith = (available: number) =>
    payoutBlockersOf({ ...state, method, available, minimum: settings.payoutMinimumAmount });

  let next: NextPayout;
  if (calendar.schedule === "ON_REQUEST") {
    const blockers = blockersWith(balances.available);
    const open = inTransit.some((payout) => payout.periodKey.startsWith("request:"));
    const nothing = balances.available === 0 && blockers.length === 1 && blockers[0] === "belowMinimum";
    next =
      blockers.length > 0 && !nothing
        ? { kind: "blocked", runDate: null, amount: balances.available, blockers }
        : { kind: "onRequest", amount: balances.available, requestable: !open && !nothing, inProgress: open };
  } else {
    // The current period's payout is made by the next run of the job if it is still missing.
    const current = latestRunDate(calendar, now) as string;
    const currentDone = await db.payout.count({ where: { shopId: shop.id, periodKey: current } });
    let runDate = nextRunDate(calendar, now) as string;
    let amount: number;
    const owedBefore = async (cutoff: Date) =>
      (
        await db.ledgerEntry.aggregate({
          where: { shopId: shop.id, payoutId: null, availableAt: { lt: cutoff } },
          _sum: { amount: true },
        })
      )._sum.amount ?? 0;
    const currentAmount = currentDone === 0 ? await owedBefore(cutoffOf(current)) : 0;
    if (currentDone === 0 && currentAmount >= minimum) {
      runDate = current;
      amount = currentAmount;
    } else {
      // Available now, plus the held money whose hold ends before the next run's cutoff.
      const cutoff = cutoffOf(runDate);
      const releasing = pendingParts
        .filter((part) => part.hold.endsAt !== null && part.hold.endsAt.getTime() < cutoff.getTime())
        .reduce((sum, part) => sum + part.pendingAmount, 0);
      amount = balances.available + releasing;
    }
    const blockers = blockersWith(amount);
    const nothing = amount === 0 && blockers.length === 1 && blockers[0] === "belowMinimum";
    next = nothing
      ? { kind: "nothing", runDate }
      : blockers.length > 0
        ? { kind: "blocked", runDate, amount, blockers }
        : { kind: "scheduled", runDate, current: runDate === current, amount };
  }

  const shown = pendingParts.filter((part) => part.pendingAmount !== 0);
  // The run expected to pay money that becomes available then (at the earliest now); null when unknown.
  const expectedRunOf = (availableAt: Date | null) =>
    availableAt ? payoutRunFor(calendar, availableAt.getTime() < now.getTime() ? now : availableAt) : null;

  return {
    shop: { id: shop.id, name: shop.name, status: shop.status },
    currency: balances.currency ?? settings.currency,
    balances,
    schedule: {
      schedule: calendar.schedule,
      weekday: calendar.weekday,
      minimum: settings.payoutMinimumAmount,
      onRequestBusinessDays: ON_REQUEST_BUSINESS_DAYS,
      fromPlan: Boolean(shop.plan?.payoutSchedule),
    },
    method,
    next,
    inTransit,
    payouts: { rows: payouts, page, pageCount, count: payoutCount },
    pendingParts: {
      // a closed part refunded in full holds nothing worth a line
      rows: shown.slice(0, PENDING_PARTS_SHOWN).map((part) => ({
        ...part,
        expectedPayoutDate: expectedRunOf(part.hold.endsAt ?? part.hold.expectedAt),
      })),
      more: shown.length > PENDING_PARTS_SHOWN,
    },
  };
}
