// Why a shop gets no payout (docs/payouts.md, blockers). The pure rules are shared by the payout run,
// the on-request payout and the vendor's money page; loadShopPayoutState reads what they need for
// one shop. A blocked shop simply gets no Payout for the period: its money is carried forward.
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PayoutMethod, PayoutSchedule, ShopStatus } from "@/lib/generated/prisma/enums";
import { isValidIban } from "./iban";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** In the order a vendor should deal with them (the messages: payouts.blocker.<blocker>). */
export const PAYOUT_BLOCKERS = [
  "shopSuspended",
  "identityNotVerified",
  "noBankAccount",
  "lateOrder",
  "belowMinimum",
] as const;

export type PayoutBlocker = (typeof PAYOUT_BLOCKERS)[number];

/**
 * How a shop is paid: a Stripe Connect transfer when Stripe is configured and the shop has a
 * connected account, else a bank transfer when its IBAN is valid, else not at all (noBankAccount).
 */
export function payoutMethodOf(
  shop: { stripeAccountId: string | null; payoutIban: string | null },
  stripeConfigured: boolean,
): PayoutMethod | null {
  if (stripeConfigured && shop.stripeAccountId) return "STRIPE";
  if (shop.payoutIban && isValidIban(shop.payoutIban)) return "BANK_TRANSFER";
  return null;
}

export type PayoutBlockerFacts = {
  status: ShopStatus;
  /** when the operator first approved the shop (its identity checked); null: never */
  approvedAt: Date | null;
  /** a change of identity or payout account awaits the operator's review */
  reviewPending: boolean;
  method: PayoutMethod | null;
  /** a part ACCEPTED and past its ship deadline */
  hasLateOrder: boolean;
  /** what the payout would be (available before the cutoff), in minor units; may be negative */
  available: number;
  /** MarketplaceSettings.payoutMinimumAmount; no payout below max(minimum, 1) */
  minimum: number;
};

/** Every reason the shop gets no payout, in PAYOUT_BLOCKERS order; empty: it is paid. */
export function payoutBlockersOf(facts: PayoutBlockerFacts): PayoutBlocker[] {
  const blockers: PayoutBlocker[] = [];
  if (facts.status === "SUSPENDED") blockers.push("shopSuspended");
  if (facts.approvedAt === null || facts.reviewPending) blockers.push("identityNotVerified");
  if (facts.method === null) blockers.push("noBankAccount");
  if (facts.hasLateOrder) blockers.push("lateOrder");
  if (facts.available < minimumPayoutOf(facts.minimum)) blockers.push("belowMinimum");
  return blockers;
}

/** The smallest payout: the marketplace's minimum, and never less than one minor unit. */
export function minimumPayoutOf(minimum: number): number {
  return Math.max(minimum, 1);
}

export type ShopPayoutState = {
  id: string;
  status: ShopStatus;
  approvedAt: Date | null;
  reviewPending: boolean;
  stripeAccountId: string | null;
  payoutIban: string | null;
  payoutHolderName: string | null;
  /** the shop's plan's schedule, if it overrides the marketplace's */
  planPayoutSchedule: PayoutSchedule | null;
  hasLateOrder: boolean;
};

/**
 * What one shop's blockers need, read at `now` (the balance aside: see balances.ts). No
 * authorization here: the caller has already checked who may see the shop (and loaded it, so a
 * missing shop is a bug: Prisma's not-found error).
 */
export async function loadShopPayoutState(db: Db, shopId: string, now: Date): Promise<ShopPayoutState> {
  // `db` may be a transaction client (request-payout.ts), one connection: one query at a time
  const shop = await db.shop.findUniqueOrThrow({
    where: { id: shopId },
    select: {
      id: true,
      status: true,
      approvedAt: true,
      reviewPending: true,
      stripeAccountId: true,
      payoutIban: true,
      payoutHolderName: true,
      plan: { select: { payoutSchedule: true } },
    },
  });
  const late = await db.shopOrder.findFirst({
    where: { shopId, status: "ACCEPTED", shipBy: { lt: now } },
    select: { id: true },
  });
  const { plan, ...rest } = shop;
  return { ...rest, planPayoutSchedule: plan?.payoutSchedule ?? null, hasLateOrder: late !== null };
}
