// Test data for holds, balances and payouts (docs/payouts.md): payout settings, approved shops with a
// payout account, paid parts in a chosen state with their sale entries (recordSaleEntries, as payment
// confirmation writes them), refunds after the fact, fees and adjustments, ambassadors and their
// shares — written directly, so these tests depend only on the payout functions they exercise.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { LedgerEntryType, Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { recordRefundEntries } from "@/lib/ledger/record-refund-entries";
import { netAmountOf, recordSaleEntries } from "@/lib/ledger/record-sale-entries";
import { createShop, createUser } from "../sellers/fixtures";

export { createShop, createUser, refusal } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");
const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant written with its offset ("2026-12-10T00:00:00+01:00"), so tests read like the calendar. */
export const at = (iso: string) => new Date(iso);

/** `date` moved by `days` × 24 h (negative: earlier). */
export const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** Valid IBANs (mod-97 checked), for shops and ambassadors; and one that fails the checksum. */
export const IBANS = {
  fr: "FR7630006000011234567890189",
  de: "DE89370400440532013000",
  be: "BE68539007547034",
  invalid: "FR7730006000011234567890189",
} as const;

/**
 * Upserts the marketplace's settings row with payout defaults (withdrawal hold of 14 days, twice
 * monthly on the 10th and 25th, weekday Monday, no minimum, VAT on fees 20 %, legal details and the
 * SEPA debtor account set), overridden by `data`.
 */
export async function payoutSettings(data: Partial<Prisma.MarketplaceSettingsUncheckedCreateInput> = {}) {
  const values = {
    holdRule: "AFTER_DELIVERY_WITHDRAWAL" as const,
    withdrawalDays: 14,
    payoutSchedule: "TWICE_MONTHLY" as const,
    payoutWeekday: 1,
    payoutMinimumAmount: 0,
    feesVatBps: 2000,
    legalName: "Halle SAS",
    legalAddress: "1 place des Halles, 69001 Lyon",
    legalRegistrationNumber: "912 345 678 RCS Lyon",
    legalVatNumber: "FR12912345678",
    payoutDebtorIban: IBANS.fr,
    payoutDebtorBic: "AGRIFRPP",
    ...data,
  };
  await getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: values });
}

export type PayoutShopOptions = Partial<Prisma.ShopUncheckedCreateInput> & { owner?: Actor };

/**
 * A vendor's shop, APPROVED (approvedAt a month ago) with a valid French IBAN and a holder name, no
 * Stripe account; any Shop field may be overridden (`payoutIban: null`, `status: "SUSPENDED"`,
 * `approvedAt: null`, `reviewPending: true`, `stripeAccountId: "acct_…"`, `planId`…).
 */
export async function payoutShop(options: PayoutShopOptions = {}) {
  const { owner, ...data } = options;
  const vendor = owner ?? (await createUser("VENDOR", "Léa Vendeuse"));
  const shop = await createShop(vendor, {
    status: "APPROVED",
    approvedAt: daysAfter(new Date(), -30),
    legalType: "COMPANY",
    legalName: `Atelier ${unique()} SARL`,
    registrationNumber: "812 345 678",
    addressLine: "12 rue des Halles",
    postalCode: "69001",
    payoutHolderName: "Atelier Léa",
    payoutIban: IBANS.fr,
    ...data,
  });
  return { vendor, shop };
}

export type PartOptions = {
  /** the part's status (default DELIVERED) */
  status?: ShopOrderStatus;
  itemsAmount?: number;
  deliveryFeeAmount?: number;
  commissionAmount?: number;
  feesVatAmount?: number;
  paymentFeeAmount?: number;
  ambassadorShareAmount?: number;
  /** when the order was paid: the order's paidAt and createdAt, and the sale entries' createdAt (default now) */
  paidAt?: Date;
  deliveredAt?: Date | null;
  /** when the part entered its status (default: deliveredAt, else paidAt) */
  statusChangedAt?: Date;
  autoConfirmAt?: Date | null;
  shipBy?: Date | null;
  buyerIsBusiness?: boolean;
  /** the ambassador who brought the order (Order.ambassadorId) */
  ambassadorId?: string | null;
  /** write the sale entries (default true) */
  entries?: boolean;
  /** any other ShopOrder field */
  data?: Partial<Prisma.ShopOrderUncheckedCreateInput>;
};

/**
 * A paid order with one part at `shopId` in the given status (default DELIVERED, 100,00 € items,
 * 10,00 € commission, no shipping), one order line, and its sale entries written by recordSaleEntries
 * (held: availableAt null) dated `paidAt`. Returns the part and its net (what the entries add up to).
 */
export async function paidPart(shopId: string, options: PartOptions = {}) {
  const db = getDb();
  const paidAt = options.paidAt ?? new Date();
  const amounts = {
    itemsAmount: options.itemsAmount ?? 10_000,
    deliveryFeeAmount: options.deliveryFeeAmount ?? 0,
    commissionAmount: options.commissionAmount ?? 1_000,
    feesVatAmount: options.feesVatAmount ?? 0,
    paymentFeeAmount: options.paymentFeeAmount ?? 0,
  };
  const deliveredAt = options.deliveredAt === undefined ? null : options.deliveredAt;
  const total = amounts.itemsAmount + amounts.deliveryFeeAmount;
  const order = await db.order.create({
    data: {
      number: `H-2026-${unique().toUpperCase()}`,
      email: `buyer-${unique()}@example.test`,
      customerName: "Marc Petit",
      status: "PAID",
      paidAt,
      createdAt: paidAt,
      currency: "EUR",
      itemsAmount: amounts.itemsAmount,
      shippingAmount: amounts.deliveryFeeAmount,
      totalAmount: total,
      paymentProvider: "test",
      buyerIsBusiness: options.buyerIsBusiness ?? false,
      ambassadorId: options.ambassadorId ?? null,
    },
  });
  const part = await db.shopOrder.create({
    data: {
      orderId: order.id,
      shopId,
      status: options.status ?? "DELIVERED",
      deliveryMethod: amounts.deliveryFeeAmount > 0 ? "POSTAL" : "CLICK_AND_COLLECT",
      ...amounts,
      ambassadorShareAmount: options.ambassadorShareAmount ?? 0,
      currency: "EUR",
      deliveredAt,
      statusChangedAt: options.statusChangedAt ?? deliveredAt ?? paidAt,
      autoConfirmAt: options.autoConfirmAt ?? null,
      shipBy: options.shipBy ?? null,
      createdAt: paidAt,
      ...options.data,
      lines: {
        create: [
          {
            titleSnapshot: "Vase en grès",
            kindSnapshot: "PHYSICAL",
            unitPriceAmount: amounts.itemsAmount,
            quantity: 1,
            lineAmount: amounts.itemsAmount,
            commissionRateBps: 1000,
            commissionAmount: amounts.commissionAmount,
          },
        ],
      },
    },
  });
  if (options.entries ?? true) {
    await db.$transaction((tx) => recordSaleEntries(tx, part, order.number));
    await db.ledgerEntry.updateMany({ where: { shopOrderId: part.id }, data: { createdAt: paidAt } });
  }
  return { order, part, net: netAmountOf(amounts) };
}

/** Puts a part straight into a state (test setup only), with any other field given. */
export async function setPart(
  shopOrderId: string,
  status: ShopOrderStatus,
  data: Partial<Prisma.ShopOrderUncheckedUpdateInput> = {},
) {
  await getDb().shopOrder.update({ where: { id: shopOrderId }, data: { status, ...data } });
}

/**
 * A refund of `amount` on a part, as refundShopOrder writes it: its entries (refundEntriesOf: REFUND,
 * commission and VAT given back), held, dated `createdAt` (default now), and the part's refundedAmount.
 * Returns what the entries add up to (negative).
 */
export async function refundPart(shopOrderId: string, amount: number, createdAt = new Date()) {
  const db = getDb();
  const part = await db.shopOrder.findUniqueOrThrow({ where: { id: shopOrderId } });
  const before = new Date();
  await db.$transaction(async (tx) => {
    await recordRefundEntries(tx, part, amount, "refund");
    await tx.shopOrder.update({ where: { id: part.id }, data: { refundedAmount: { increment: amount } } });
  });
  const written = await db.ledgerEntry.findMany({
    where: {
      shopOrderId,
      availableAt: null,
      createdAt: { gte: before },
      type: { in: ["REFUND", "COMMISSION", "FEE_VAT"] },
    },
    select: { id: true, amount: true },
  });
  await db.ledgerEntry.updateMany({ where: { id: { in: written.map((e) => e.id) } }, data: { createdAt } });
  return written.reduce((sum, e) => sum + e.amount, 0);
}

/**
 * An entry of no part (SUBSCRIPTION_FEE, ADJUSTMENT…), available when written, as billing and the
 * operator's adjustment write it: `availableAt` = `createdAt` (default now).
 */
export async function shopEntry(shopId: string, type: LedgerEntryType, amount: number, createdAt = new Date()) {
  return getDb().ledgerEntry.create({
    data: { shopId, type, amount, currency: "EUR", availableAt: createdAt, createdAt, memo: type.toLowerCase() },
  });
}

/** An ambassador (a shopper who joined) with a valid IBAN unless `payoutIban` is given. */
export async function payoutAmbassador(options: { payoutIban?: string | null; code?: string } = {}) {
  const user = await createUser("SHOPPER", "Nina Ambassadrice");
  const ambassador = await getDb().ambassador.create({
    data: {
      userId: user.id,
      code: options.code ?? `AMB${unique().toUpperCase()}`,
      payoutHolderName: "Nina Ambassadrice",
      payoutIban: options.payoutIban === undefined ? IBANS.de : options.payoutIban,
    },
  });
  return { user, ambassador };
}

/** An ambassador's share on a part (AMBASSADOR_SHARE, or a negative AMBASSADOR_REVERSAL), held, dated `createdAt`. */
export async function ambassadorShare(
  ambassadorId: string,
  shopOrderId: string,
  amount: number,
  createdAt = new Date(),
) {
  return getDb().ambassadorEntry.create({
    data: {
      ambassadorId,
      shopOrderId,
      type: amount >= 0 ? "AMBASSADOR_SHARE" : "AMBASSADOR_REVERSAL",
      amount,
      availableAt: null,
      createdAt,
    },
  });
}

/** A shop's entries, oldest first, with what the hold and payout tests look at. */
export async function entriesOf(shopId: string) {
  return getDb().ledgerEntry.findMany({
    where: { shopId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      shopOrderId: true,
      type: true,
      amount: true,
      availableAt: true,
      payoutId: true,
      createdAt: true,
    },
  });
}

/** A part's entries' availability (null: held), one per entry, in id order. */
export async function availabilityOf(shopOrderId: string) {
  const rows = await getDb().ledgerEntry.findMany({
    where: { shopOrderId },
    orderBy: { id: "asc" },
    select: { availableAt: true },
  });
  return rows.map((row) => row.availableAt);
}

/** Everything the payout machinery may write for a shop, to assert that a refusal or a no-op changed nothing. */
export async function moneySnapshot(shopId: string) {
  const db = getDb();
  return {
    entries: await db.ledgerEntry.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
    payouts: await db.payout.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
    parts: await db.shopOrder.findMany({
      where: { shopId },
      orderBy: { id: "asc" },
      select: { id: true, status: true, fundsAvailableAt: true },
    }),
    audits: await db.auditLog.count({ where: { entityId: shopId } }),
  };
}
