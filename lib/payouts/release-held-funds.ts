import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { holdOf, isReleasable, type HoldSettings } from "./hold";

// The release pass (docs/payouts.md, holds), run by the payouts job before each payout run. A part
// whose hold has ended gets `fundsAvailableAt` = the hold's end, once; then every held entry of a
// released part (its sale, and any refund written later) gets availableAt = GREATEST(the part's
// fundsAvailableAt, the entry's createdAt). Set-based SQL in batches, each batch in one transaction;
// every write is conditional on the row still being held, so running it twice, two at once, or
// again after a crash changes nothing more.

export type ReleaseReport = { parts: number; entries: number; ambassadorEntries: number };

/** The statuses whose hold may have ended; the others (in progress, return open) are not even read. */
export const RELEASABLE_STATUSES: readonly ShopOrderStatus[] = [
  "DELIVERED",
  "CONFIRMED",
  "REFUSED",
  "EXPIRED",
  "CANCELLED",
  "RETURNED",
];

/** A part whose hold has ended, as the pass read it: its status and statusChangedAt when read. */
export type ReleasedPart = { id: string; status: ShopOrderStatus; changed: Date; endsAt: Date };

const DEFAULT_BATCH = 2500;
const DEFAULT_HOLD: HoldSettings = { holdRule: "AFTER_DELIVERY_WITHDRAWAL", withdrawalDays: 14 };

export async function releaseHeldFunds(now: Date, options: { batchSize?: number } = {}): Promise<ReleaseReport> {
  const db = getDb();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const settings =
    (await db.marketplaceSettings.findUnique({
      where: { id: 1 },
      select: { holdRule: true, withdrawalDays: true },
    })) ?? DEFAULT_HOLD;
  const report: ReleaseReport = { parts: 0, entries: 0, ambassadorEntries: 0 };

  let after = "";
  for (;;) {
    const batch = await db.shopOrder.findMany({
      where: { fundsAvailableAt: null, status: { in: [...RELEASABLE_STATUSES] }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: {
        id: true,
        status: true,
        deliveredAt: true,
        statusChangedAt: true,
        autoConfirmAt: true,
        order: { select: { buyerIsBusiness: true } },
      },
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1].id;

    const released: ReleasedPart[] = [];
    for (const part of batch) {
      const hold = holdOf({ ...part, buyerIsBusiness: part.order.buyerIsBusiness }, settings);
      if (isReleasable(hold, now))
        released.push({ id: part.id, status: part.status, changed: part.statusChangedAt, endsAt: hold.endsAt });
    }
    if (released.length > 0) {
      const counts = await releaseInOneTransaction(released);
      report.parts += counts.parts;
      report.entries += counts.entries;
      report.ambassadorEntries += counts.ambassadorEntries;
    }
    if (batch.length < batchSize) break;
  }

  // Entries of parts released earlier: a refund written after the release, or a pass that stopped
  // between releasing a part and its entries.
  const late = await db.$transaction(async (tx) => {
    await passLock(tx);
    return makeLateEntriesAvailable(tx);
  }, TRANSACTION);
  report.entries += late.entries;
  report.ambassadorEntries += late.ambassadorEntries;
  return report;
}

type Tx = Prisma.TransactionClient;

const TRANSACTION = { timeout: 120_000, maxWait: 120_000 };

/**
 * Passes write one at a time (a batch each, in turn): their conditional writes then never wait on
 * each other's rows, so two passes at once cannot deadlock, and the second finds the work done.
 */
async function passLock(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('halle.payouts.release-held-funds'))`;
}

/** A batch's parts and their entries, released together: a pass stopped midway leaves no part half released. */
async function releaseInOneTransaction(parts: ReleasedPart[]): Promise<ReleaseReport> {
  return getDb().$transaction(async (tx) => {
    await passLock(tx);
    const released = await releaseUnchangedParts(parts, tx);
    const counts = await makeEntriesAvailable(tx, released);
    return { parts: released.length, ...counts };
  }, TRANSACTION);
}

/**
 * Sets fundsAvailableAt on the parts still held and still in the state their hold was worked out
 * from (same status, same statusChangedAt: a return opened meanwhile keeps the part held). A part
 * another transaction is changing right now (a transition) is skipped, and looked at again next
 * pass. Returns the parts it released.
 */
export async function releaseUnchangedParts(
  parts: ReleasedPart[],
  db: Tx | ReturnType<typeof getDb> = getDb(),
): Promise<{ id: string; fundsAvailableAt: Date }[]> {
  const ids = parts.map((part) => part.id);
  // `so.id = ANY(ids)` restricts every scan of ShopOrder to the batch (its primary key), whatever the statistics.
  return db.$queryRaw<{ id: string; fundsAvailableAt: Date }[]>`
    UPDATE "ShopOrder" so SET "fundsAvailableAt" = c.ends
    FROM unnest(
      ${ids}::text[],
      ${parts.map((part) => part.status)}::text[],
      ${parts.map((part) => part.changed)}::timestamp(3)[],
      ${parts.map((part) => part.endsAt)}::timestamp(3)[]
    ) AS c(id, status, changed, ends)
    WHERE so.id = c.id
      AND so.id = ANY(${ids}::text[])
      AND so.id IN (
        SELECT l.id FROM "ShopOrder" l WHERE l.id = ANY(${ids}::text[]) ORDER BY l.id FOR UPDATE SKIP LOCKED
      )
      AND so."fundsAvailableAt" IS NULL
      AND so.status::text = c.status
      AND so."statusChangedAt" = c.changed
    RETURNING so.id, so."fundsAvailableAt"`;
}

/**
 * Makes the held entries (shop's and ambassador's) of the parts just released available, each from
 * its part's release or from when it was written if that is later.
 */
async function makeEntriesAvailable(tx: Tx, parts: { id: string; fundsAvailableAt: Date }[]) {
  if (parts.length === 0) return { entries: 0, ambassadorEntries: 0 };
  const ids = parts.map((part) => part.id);
  const ends = parts.map((part) => part.fundsAvailableAt);
  // `shopOrderId = ANY(ids)`: an index scan of the batch's entries, never the whole table.
  const entries = await tx.$executeRaw`
    UPDATE "LedgerEntry" e SET "availableAt" = GREATEST(r.at, e."createdAt")
    FROM unnest(${ids}::text[], ${ends}::timestamp(3)[]) AS r(id, at)
    WHERE e."shopOrderId" = r.id AND e."shopOrderId" = ANY(${ids}::text[]) AND e."availableAt" IS NULL`;
  const ambassadorEntries = await tx.$executeRaw`
    UPDATE "AmbassadorEntry" e SET "availableAt" = GREATEST(r.at, e."createdAt")
    FROM unnest(${ids}::text[], ${ends}::timestamp(3)[]) AS r(id, at)
    WHERE e."shopOrderId" = r.id AND e."shopOrderId" = ANY(${ids}::text[]) AND e."availableAt" IS NULL`;
  return { entries, ambassadorEntries };
}

/**
 * Makes available the held entries of parts released earlier (a refund written after the
 * release). Driven by the held entries (few: those of parts still held, and these), never by the
 * released parts (nearly all of them).
 */
async function makeLateEntriesAvailable(tx: Tx) {
  const late = await tx.$queryRaw<{ id: string; at: Date }[]>`
    WITH held AS MATERIALIZED (
      SELECT h.id, h."shopOrderId", h."createdAt" FROM "LedgerEntry" h
      WHERE h."availableAt" IS NULL AND h."shopOrderId" IS NOT NULL
    )
    SELECT held.id, GREATEST(so."fundsAvailableAt", held."createdAt") AS at
    FROM held JOIN "ShopOrder" so ON so.id = held."shopOrderId"
    WHERE so."fundsAvailableAt" IS NOT NULL`;
  const lateShares = await tx.$queryRaw<{ id: string; at: Date }[]>`
    WITH held AS MATERIALIZED (
      SELECT h.id, h."shopOrderId", h."createdAt" FROM "AmbassadorEntry" h
      WHERE h."availableAt" IS NULL AND h."shopOrderId" IS NOT NULL
    )
    SELECT held.id, GREATEST(so."fundsAvailableAt", held."createdAt") AS at
    FROM held JOIN "ShopOrder" so ON so.id = held."shopOrderId"
    WHERE so."fundsAvailableAt" IS NOT NULL`;
  const entries =
    late.length === 0
      ? 0
      : await tx.$executeRaw`
          UPDATE "LedgerEntry" e SET "availableAt" = r.at
          FROM unnest(${late.map((row) => row.id)}::text[], ${late.map((row) => row.at)}::timestamp(3)[]) AS r(id, at)
          WHERE e.id = r.id AND e.id = ANY(${late.map((row) => row.id)}::text[]) AND e."availableAt" IS NULL`;
  const ambassadorEntries =
    lateShares.length === 0
      ? 0
      : await tx.$executeRaw`
          UPDATE "AmbassadorEntry" e SET "availableAt" = r.at
          FROM unnest(${lateShares.map((row) => row.id)}::text[], ${lateShares.map((row) => row.at)}::timestamp(3)[]) AS r(id, at)
          WHERE e.id = r.id AND e.id = ANY(${lateShares.map((row) => row.id)}::text[]) AND e."availableAt" IS NULL`;
  return { entries, ambassadorEntries };
}
