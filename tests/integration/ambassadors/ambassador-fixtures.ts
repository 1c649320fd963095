// Test data for the ambassador programme (docs/business-models.md, ambassadors): ambassadors, clicks, and
// orders brought by them with their share entries — written directly, as checkout and payment
// confirmation leave them, so these tests depend only on the programme's own functions.
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { AmbassadorEntryType, PayoutSchedule, PayoutStatus, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { createUser, placedOrder, putPartIn, unique, type Shops } from "../orders/order-fixtures";

export { createUser, refusal, twoShops, type Shops } from "../orders/order-fixtures";

export async function setProgramme(data: {
  ambassadorsEnabled?: boolean;
  ambassadorShareBps?: number;
  ambassadorCookieDays?: number;
}) {
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...data },
    update: data,
  });
}

/** A user of `role` who has joined, with the given code. */
export async function ambassador(code: string, role: Actor["role"] = "SHOPPER", name?: string) {
  const user = await createUser(role, name);
  const row = await getDb().ambassador.create({ data: { userId: user.id, code } });
  return { user, ambassador: row };
}

export async function clicks(ambassadorId: string, dates: Date[]) {
  await getDb().ambassadorClick.createMany({ data: dates.map((createdAt) => ({ ambassadorId, createdAt })) });
}

/**
 * An order brought by `ambassadorId` (placedOrder's: the bakery's part and the pottery's part),
 * paid unless `paid: false`, its parts put in the given states.
 */
export async function broughtOrder(
  shops: Shops,
  ambassadorId: string | null,
  options: { paid?: boolean; bakery?: ShopOrderStatus; pottery?: ShopOrderStatus; shopper?: Actor } = {},
) {
  const { order } = await placedOrder(shops, { shopper: options.shopper ?? null });
  const paid = options.paid ?? true;
  await getDb().order.update({
    where: { id: order.id },
    // A number shaped like checkout's ("H-2026-K7QX3M"), so its masking shows.
    data: {
      ambassadorId,
      number: `H-2026-${unique().toUpperCase()}`,
      ...(paid ? { status: "PAID", paidAt: new Date() } : {}),
    },
  });
  const bakeryPart = order.shopOrders.find((part) => part.shopId === shops.bakery.id)!;
  const potteryPart = order.shopOrders.find((part) => part.shopId === shops.pottery.id)!;
  await putPartIn(bakeryPart.id, options.bakery ?? (paid ? "AWAITING_ACCEPTANCE" : "AWAITING_PAYMENT"));
  await putPartIn(potteryPart.id, options.pottery ?? (paid ? "AWAITING_ACCEPTANCE" : "AWAITING_PAYMENT"));
  return { order: await getDb().order.findUniqueOrThrow({ where: { id: order.id } }), bakeryPart, potteryPart };
}

/** An entry of a part; `availableAt` as the release pass leaves it (null: its part is still held). */
export async function entry(
  ambassadorId: string,
  shopOrderId: string,
  type: AmbassadorEntryType,
  amount: number,
  createdAt = new Date(),
  availableAt: Date | null = null,
) {
  return getDb().ambassadorEntry.create({ data: { ambassadorId, shopOrderId, type, amount, createdAt, availableAt } });
}

export async function setPayoutSettings(data: {
  payoutSchedule?: PayoutSchedule;
  payoutWeekday?: number;
  payoutMinimumAmount?: number;
}) {
  await getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}

export const IBAN = "FR7630006000011234567890189";

export async function setBankAccount(ambassadorId: string, holderName: string | null, iban: string | null) {
  await getDb().ambassador.update({
    where: { id: ambassadorId },
    data: { payoutHolderName: holderName, payoutIban: iban },
  });
}

/**
 * A payout of the given entries as the payout run leaves it (docs/payouts.md, paying): the Payout,
 * its entries' payoutId and its AMBASSADOR_PAYOUT entry of −amount; PAID with paidAt; FAILED with
 * the AMBASSADOR_PAYOUT_REVERSAL of +amount that puts the money back in the balance.
 */
export async function ambassadorPayout(
  ambassadorId: string,
  entryIds: string[],
  { periodKey, status, at }: { periodKey: string; status: PayoutStatus; at: Date },
) {
  return getDb().$transaction(async (tx) => {
    const entries = await tx.ambassadorEntry.findMany({ where: { id: { in: entryIds } }, select: { amount: true } });
    const amount = entries.reduce((sum, row) => sum + row.amount, 0);
    const payout = await tx.payout.create({
      data: {
        ambassadorId,
        periodKey,
        cutoffAt: at,
        amount,
        method: "BANK_TRANSFER",
        status,
        scheduledFor: at,
        accountHolderName: "Titulaire",
        accountIban: IBAN,
        paidAt: status === "PAID" ? at : null,
        failedAt: status === "FAILED" ? at : null,
        failureReason: status === "FAILED" ? "AC04 compte clos" : null,
        createdAt: at,
      },
    });
    await tx.ambassadorEntry.updateMany({ where: { id: { in: entryIds } }, data: { payoutId: payout.id } });
    await tx.ambassadorEntry.create({
      data: {
        ambassadorId,
        type: "AMBASSADOR_PAYOUT",
        amount: -amount,
        availableAt: at,
        payoutId: payout.id,
        createdAt: at,
      },
    });
    const returned =
      status === "FAILED"
        ? await tx.ambassadorEntry.create({
            data: { ambassadorId, type: "AMBASSADOR_PAYOUT_REVERSAL", amount, availableAt: at, createdAt: at },
          })
        : null;
    return { payout, returned };
  });
}

/** Everything the programme's functions may write, to assert that a refusal changed nothing. */
export async function programmeSnapshot() {
  const db = getDb();
  return {
    ambassadors: await db.ambassador.findMany({ orderBy: { id: "asc" } }),
    clicks: await db.ambassadorClick.count(),
    entries: await db.ambassadorEntry.count(),
    payouts: await db.payout.count({ where: { ambassadorId: { not: null } } }),
    audits: await db.auditLog.count({ where: { entityType: "Ambassador" } }),
  };
}
