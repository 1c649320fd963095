import "server-only";
import type Stripe from "stripe";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getStripe } from "@/lib/payments/stripe-client";
import { nextPayoutAttemptAt } from "./payout-retry";
import { markPayoutPaid, returnPayoutToBalance } from "./return-payout";

// Stripe Connect transfers of STRIPE payouts (docs/payouts.md, Stripe transfers). Each due payout is
// claimed in its own transaction (FOR UPDATE SKIP LOCKED: two workers never send the same payout at
// once) and sent with the idempotency key "halle-payout-<payout id>": a worker killed after Stripe
// made the transfer but before its commit leaves the payout SCHEDULED, and the next attempt gets
// the same transfer back from Stripe instead of a second one.

export type TransferReport = { paid: number; retrying: number; failed: number };

type Outcome = keyof TransferReport;

/** Stripe's limit on a metadata value. */
const METADATA_VALUE_LENGTH = 500;

export const transferIdempotencyKey = (payoutId: string) => `halle-payout-${payoutId}`;

/** "H-2026-0001,H-2026-0002,…": as many whole order numbers as fit in Stripe's 500 characters. */
export function orderListOf(numbers: string[], limit = METADATA_VALUE_LENGTH): string {
  const all = numbers.join(",");
  if (all.length <= limit) return all;
  let list = "";
  for (const number of numbers) {
    const next = list ? `${list},${number}` : number;
    if (next.length + 2 > limit) break;
    list = next;
  }
  return `${list},…`;
}

type Claimed = {
  id: string;
  shopId: string;
  amount: number;
  currency: string;
  attempts: number;
  stripeAccountId: string | null;
};

/** The order numbers whose entries the payout settles (enough to fill the metadata). */
async function orderNumbersOf(tx: Prisma.TransactionClient, payoutId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ number: string }[]>`
    SELECT DISTINCT o."number" FROM "LedgerEntry" le
    JOIN "ShopOrder" so ON so."id" = le."shopOrderId"
    JOIN "Order" o ON o."id" = so."orderId"
    WHERE le."payoutId" = ${payoutId} AND le."type" <> 'PAYOUT'
    ORDER BY o."number"
    LIMIT 100`;
  return rows.map((row) => row.number);
}

function errorMessageOf(error: unknown): string {
  const stripeError = error as Partial<Stripe.errors.StripeError> | null;
  const text =
    stripeError && typeof stripeError === "object" && typeof stripeError.type === "string"
      ? `${stripeError.type}: ${stripeError.message ?? ""}`
      : error instanceof Error
        ? error.message
        : String(error);
  return text.slice(0, 1000);
}

async function transferOne(stripe: Stripe, now: Date): Promise<Outcome | null> {
  return getDb().$transaction(
    async (tx) => {
      const [payout] = await tx.$queryRaw<Claimed[]>`
        SELECT p."id", p."shopId", p."amount", p."currency", p."attempts", s."stripeAccountId"
        FROM "Payout" p JOIN "Shop" s ON s."id" = p."shopId"
        WHERE p."method" = 'STRIPE'
          AND (p."status" = 'SCHEDULED' OR (p."status" = 'PROCESSING' AND p."nextAttemptAt" <= ${now}))
        ORDER BY p."createdAt", p."id"
        LIMIT 1
        FOR UPDATE OF p SKIP LOCKED`;
      if (!payout) return null;
      const attempts = payout.attempts + 1;
      try {
        if (!payout.stripeAccountId) throw new Error("the shop has no Stripe account any more");
        const orders = await orderNumbersOf(tx, payout.id);
        const transfer = await stripe.transfers.create(
          {
            amount: payout.amount,
            currency: payout.currency.toLowerCase(),
            destination: payout.stripeAccountId,
            transfer_group: orders.length === 1 ? orders[0] : `PAYOUT-${payout.id}`,
            metadata: { payoutId: payout.id, shopId: payout.shopId, orders: orderListOf(orders) },
          },
          { idempotencyKey: transferIdempotencyKey(payout.id) },
        );
        await tx.payout.update({ where: { id: payout.id }, data: { attempts, lastError: null } });
        await markPayoutPaid(tx, payout.id, transfer.id, now);
        return "paid";
      } catch (error) {
        const message = errorMessageOf(error);
        const nextAttemptAt = nextPayoutAttemptAt(attempts, now);
        await tx.payout.update({
          where: { id: payout.id },
          data: { attempts, lastError: message, nextAttemptAt, status: "PROCESSING", updatedAt: now },
        });
        if (nextAttemptAt !== null) {
          console.warn(`[payouts] transfer of payout ${payout.id}, attempt ${attempts}, failed: ${message}`);
          return "retrying";
        }
        console.error(`[payouts] transfer of payout ${payout.id} given up after ${attempts} attempts: ${message}`);
        await returnPayoutToBalance(tx, payout.id, message, now);
        await tx.auditLog.create({
          data: {
            actorId: null,
            action: "payout.failed",
            entityType: "Payout",
            entityId: payout.id,
            reason: message,
            data: { shopId: payout.shopId, amount: payout.amount, currency: payout.currency, attempts },
          },
        });
        return "failed";
      }
    },
    // Stripe is called inside the transaction (the payout stays locked meanwhile): give it time.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * Sends every STRIPE payout that is due — SCHEDULED, or PROCESSING whose retry time has come — to
 * Stripe, one attempt each per run: PAID with the transfer's id, or attempts + 1, the error kept and
 * the next attempt put off (nextPayoutAttemptAt: 5 min, 30 min, 2 h, 6 h, 12 h); after the last,
 * FAILED and its amount back in the balance (returnPayoutToBalance). Without Stripe configured,
 * nothing is sent (the payouts wait). Safe in several workers at once.
 */
export async function transferDuePayouts(now: Date, limit = 10_000): Promise<TransferReport> {
  const report: TransferReport = { paid: 0, retrying: 0, failed: 0 };
  const stripe = getStripe();
  if (!stripe) return report;
  // Every attempt takes its payout out of the due ones (PAID, FAILED, or retried later than now).
  for (let sent = 0; sent < limit; sent += 1) {
    let outcome: Outcome | null;
    try {
      outcome = await transferOne(stripe, now);
    } catch (error) {
      // Not Stripe's answer (the database…): the payout stays due; the next run tries again.
      console.error("[payouts] transfer step failed:", error);
      break;
    }
    if (!outcome) break;
    report[outcome] += 1;
  }
  return report;
}
