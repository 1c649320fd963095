import "server-only";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { periodKeyOf } from "@/lib/fees/plan-charges";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SHOP_PARTY_SELECT, shopPartyOf } from "./invoice-schema";
import {
  invoiceLinesOf,
  invoiceNumberOf,
  invoiceSeriesKeyOf,
  invoiceTotalsOf,
  periodBounds,
  previousPeriodKey,
  type InvoiceInput,
} from "./statement-arithmetic";
import { readMarketplaceParty } from "./statement-shop";

/** Thrown inside the issuing transaction to roll its number back when another run issued the invoice first. */
class AlreadyIssued extends Error {}

type FeeSums = { shopId: string; commission: bigint; feeVat: bigint; paymentFee: bigint };

/**
 * The monthly commission invoices (docs/payouts.md, invoices): for the calendar month before
 * `now`'s, every shop charged fees that month (commission and its VAT, payment fees passed on,
 * plan charges paid) gets one CommissionInvoice, unique per shop and month. Each is written in its
 * own transaction that first takes the next number of the year's series (`DocumentSequence`
 * "INV-YYYY", the row locked until commit), then checks that the invoice is still missing: a
 * second run, or a second worker at once, finds it and rolls its number back, so numbers never
 * skip nor repeat. A shop whose lines add up to nothing gets none; a negative month is a credit
 * note (same series). Returns how many were issued by this run.
 */
export async function issueMonthlyInvoices(now: Date): Promise<{ issued: number }> {
  const db = getDb();
  const periodKey = previousPeriodKey(periodKeyOf(now));
  const { start, end } = periodBounds(periodKey);
  const [sums, charges, existing, marketplace] = await Promise.all([
    db.$queryRaw<FeeSums[]>`
      SELECT "shopId",
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'COMMISSION'), 0) AS commission,
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'FEE_VAT'), 0) AS "feeVat",
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'PAYMENT_FEE'), 0) AS "paymentFee"
        FROM "LedgerEntry"
       WHERE "createdAt" >= ${start} AND "createdAt" < ${end}
         AND "type" IN ('COMMISSION', 'FEE_VAT', 'PAYMENT_FEE')
       GROUP BY "shopId"`,
    db.billingCharge.findMany({
      where: { status: "PAID", createdAt: { gte: start, lt: end } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        shopId: true,
        kind: true,
        periodStart: true,
        periodEnd: true,
        amountExclVat: true,
        vatAmount: true,
        plan: { select: { name: true } },
      },
    }),
    db.commissionInvoice.findMany({ where: { periodKey }, select: { shopId: true } }),
    readMarketplaceParty(db),
  ]);
  const inputs = new Map<string, InvoiceInput>();
  const inputOf = (shopId: string) => {
    let input = inputs.get(shopId);
    if (!input) {
      input = { commissionEntries: 0, feeVatEntries: 0, paymentFeeEntries: 0, charges: [] };
      inputs.set(shopId, input);
    }
    return input;
  };
  for (const row of sums) {
    const input = inputOf(row.shopId);
    input.commissionEntries = Number(row.commission);
    input.feeVatEntries = Number(row.feeVat);
    input.paymentFeeEntries = Number(row.paymentFee);
  }
  for (const charge of charges) inputOf(charge.shopId).charges.push({ ...charge, planName: charge.plan.name });
  for (const { shopId } of existing) inputs.delete(shopId);

  const year = Number(periodKeyOf(now).slice(0, 4));
  let issued = 0;
  // Shops in a fixed order: two workers meet on the same shop rather than interleave numbers.
  for (const shopId of [...inputs.keys()].sort()) {
    const lines = invoiceLinesOf(inputs.get(shopId)!);
    if (lines.length === 0) continue;
    const invoice = {
      shopId,
      periodKey,
      periodStart: start,
      periodEnd: end,
      lines: lines as unknown as Prisma.InputJsonValue,
      ...invoiceTotalsOf(lines),
      vatRateBps: marketplace.feesVatBps,
      currency: marketplace.currency,
      seller: marketplace.party,
      issuedAt: now,
    };
    if (await issueOne(invoice, year)) issued += 1;
  }
  return { issued };
}

type InvoiceToIssue = Omit<Prisma.CommissionInvoiceUncheckedCreateInput, "number" | "buyer">;

async function issueOne(invoice: InvoiceToIssue, year: number): Promise<boolean> {
  try {
    await getDb().$transaction(
      async (tx) => {
        const key = invoiceSeriesKeyOf(year);
        const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
          INSERT INTO "DocumentSequence" ("key", "last") VALUES (${key}, 1)
          ON CONFLICT ("key") DO UPDATE SET "last" = "DocumentSequence"."last" + 1
          RETURNING "last"`;
        // Read after the lock: a run that issued this invoice first has committed by now.
        const done = await tx.commissionInvoice.findUnique({
          where: { shopId_periodKey: { shopId: invoice.shopId, periodKey: invoice.periodKey } },
          select: { id: true },
        });
        if (done) throw new AlreadyIssued();
        const shop = await tx.shop.findUniqueOrThrow({ where: { id: invoice.shopId }, select: SHOP_PARTY_SELECT });
        await tx.commissionInvoice.create({
          data: { ...invoice, number: invoiceNumberOf(year, Number(last)), buyer: shopPartyOf(shop) },
        });
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
    return true;
  } catch (error) {
    if (error instanceof AlreadyIssued || isUniqueViolation(error, "periodKey")) return false;
    throw error;
  }
}
