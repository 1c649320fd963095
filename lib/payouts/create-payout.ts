import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PayoutMethod } from "@/lib/generated/prisma/enums";

// Writing a payout (docs/payouts.md, paying): in the caller's transaction, with the payee's row
// locked first, so that every writer of one payee's payouts (the run in any number of workers, an
// on-request payout, an operator) takes its turn, and the unique (payee, periodKey) refuses a
// second payout of a period.

type Tx = Prisma.TransactionClient;

export type Payee = { shopId: string } | { ambassadorId: string };

export type NewPayout = {
  /** "2026-12-10" for a scheduled run, "request:<id>" for a payout asked for */
  periodKey: string;
  /** the entries it settles were available before this instant */
  cutoffAt: Date;
  scheduledFor: Date;
  method: PayoutMethod;
  /** no payout below max(minimum, 1) */
  minimum: number;
  currency: string;
  requestedById?: string | null;
  /** the payee's bank details, kept on the payout as they are now (bank transfers) */
  account?: { holderName: string | null; iban: string } | null;
  /** when it is written: the PAYOUT entry's date and availableAt (default: the database's clock) */
  now?: Date;
};

export type CreatedPayout = {
  id: string;
  amount: number;
  currency: string;
  method: PayoutMethod;
  periodKey: string;
  /** how many entries it settles (the PAYOUT entry aside) */
  settled: number;
};

type Created = { id: string; amount: number; settledAmount: number; settled: number };

/**
 * The payee's payout of `periodKey`: it settles every unsettled entry (payoutId null) available
 * before `cutoffAt`, for their sum, and writes the PAYOUT entry of −sum (AMBASSADOR_PAYOUT for an
 * ambassador) that cancels them, available at `now` and carrying the payoutId. Returns null and
 * writes nothing when the period already has its payout, when the sum is below max(minimum, 1), or
 * when the payee does not exist.
 *
 * After the payee's lock, one statement: the entries are summed, the payout inserted (ON CONFLICT
 * DO NOTHING: the period's unique key) only when the sum reaches the minimum, and the same entries
 * settled — so the amount is the sum of what the payout settles, checked before the commit. Its
 * snapshot is taken once the payee is locked, so no other payout of the payee is being written;
 * the release pass only touches entries still held (availableAt null), never these, and what it
 * makes available meanwhile waits for the next payout.
 */
export async function createPayout(tx: Tx, payee: Payee, data: NewPayout): Promise<CreatedPayout | null> {
  const isShop = "shopId" in payee;
  const payeeId = isShop ? payee.shopId : payee.ambassadorId;
  const locked = isShop
    ? await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Shop" WHERE "id" = ${payeeId} FOR UPDATE`
    : await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Ambassador" WHERE "id" = ${payeeId} FOR UPDATE`;
  if (locked.length === 0) return null;

  const id = randomUUID();
  const now = data.now ?? new Date();
  const minimum = Math.max(data.minimum, 1);
  const payout = Prisma.sql`
    INSERT INTO "Payout" ("id", ${Prisma.raw(isShop ? '"shopId"' : '"ambassadorId"')}, "periodKey", "cutoffAt", "amount",
      "currency", "method", "status", "scheduledFor", "accountHolderName", "accountIban", "requestedById",
      "createdAt", "updatedAt")
    SELECT ${id}, ${payeeId}, ${data.periodKey}, ${data.cutoffAt}, total."amount", ${data.currency},
      ${data.method}::"PayoutMethod", 'SCHEDULED', ${data.scheduledFor}, ${data.account?.holderName ?? null},
      ${data.account?.iban ?? null}, ${data.requestedById ?? null}, ${now}, ${now}
    FROM total WHERE total."count" > 0 AND total."amount" >= ${minimum}
    ON CONFLICT DO NOTHING
    RETURNING "id", "amount"`;
  const table = Prisma.raw(isShop ? '"LedgerEntry"' : '"AmbassadorEntry"');
  const payeeColumn = Prisma.raw(isShop ? '"shopId"' : '"ambassadorId"');
  const unsettled = Prisma.sql`${payeeColumn} = ${payeeId} AND "payoutId" IS NULL AND "availableAt" < ${data.cutoffAt}`;
  const payoutEntry = isShop
    ? Prisma.sql`
        INSERT INTO "LedgerEntry" ("id", "shopId", "payoutId", "type", "amount", "currency", "availableAt", "memo", "createdAt")
        SELECT ${randomUUID()}, ${payeeId}, payout."id", 'PAYOUT', -payout."amount", ${data.currency}, ${now},
               ${data.periodKey}, ${now}
        FROM payout RETURNING 1`
    : Prisma.sql`
        INSERT INTO "AmbassadorEntry" ("id", "ambassadorId", "payoutId", "type", "amount", "currency", "availableAt", "createdAt")
        SELECT ${randomUUID()}, ${payeeId}, payout."id", 'AMBASSADOR_PAYOUT', -payout."amount", ${data.currency}, ${now}, ${now}
        FROM payout RETURNING 1`;
  // Every part of one statement reads the same snapshot: the rows summed are the rows settled.
  const [created] = await tx.$queryRaw<Created[]>`
    WITH total AS (
      SELECT COALESCE(SUM("amount"), 0)::int AS "amount", count(*)::int AS "count" FROM ${table} WHERE ${unsettled}
    ), payout AS (${payout}),
    settled AS (
      UPDATE ${table} SET "payoutId" = payout."id" FROM payout WHERE ${unsettled} RETURNING ${table}."amount"
    ), entry AS (${payoutEntry})
    SELECT payout."id", payout."amount",
           (SELECT COALESCE(SUM("amount"), 0)::int FROM settled) AS "settledAmount",
           (SELECT count(*)::int FROM settled) AS "settled"
    FROM payout`;
  if (!created) return null;
  // The statement settles exactly what it summed; a difference would be a bug: roll everything back.
  if (created.settledAmount !== created.amount)
    throw new Error(`payout ${created.id}: settled ${created.settledAmount}, amount ${created.amount}`);
  return {
    id: created.id,
    amount: created.amount,
    currency: data.currency,
    method: data.method,
    periodKey: data.periodKey,
    settled: created.settled,
  };
}

export type ShopPayoutRequest = {
  shopId: string;
  periodKey: string;
  cutoffAt: Date;
  scheduledFor: Date;
  method: PayoutMethod;
  account: { holderName: string | null; iban: string } | null;
};

/**
 * createPayout for many shops in one transaction (the run: a batch of shops at a time, fewer round
 * trips). The same rules and the same writes: the shops' rows are locked first, in id order (two
 * runs at once lock in the same order: no deadlock), then one statement, whose parts all read the
 * same snapshot, sums each shop's unsettled entries before its cutoff, inserts the payouts that
 * reach the minimum (ON CONFLICT DO NOTHING on (shopId, periodKey)), settles exactly those entries
 * and writes each PAYOUT entry. Each payout's settled sum is checked against its amount; a
 * difference throws (the whole batch rolls back). Returns the payouts written.
 */
export async function createShopPayouts(
  tx: Tx,
  requests: ShopPayoutRequest[],
  options: { minimum: number; currency: string; now: Date },
): Promise<{ id: string; shopId: string; amount: number }[]> {
  if (requests.length === 0) return [];
  const shopIds = requests.map((request) => request.shopId);
  await tx.$queryRaw`SELECT "id" FROM "Shop" WHERE "id" = ANY(${shopIds}::text[]) ORDER BY "id" FOR UPDATE`;
  const { now, currency } = options;
  const created = await tx.$queryRaw<{ id: string; shopId: string; amount: number; settledAmount: number }[]>`
    WITH input AS (
      SELECT * FROM unnest(
        ${shopIds}::text[],
        ${requests.map((r) => r.periodKey)}::text[],
        ${requests.map((r) => r.cutoffAt)}::timestamp(3)[],
        ${requests.map((r) => r.scheduledFor)}::timestamp(3)[],
        ${requests.map((r) => r.method)}::text[],
        ${requests.map((r) => r.account?.holderName ?? null)}::text[],
        ${requests.map((r) => r.account?.iban ?? null)}::text[],
        ${requests.map(() => randomUUID())}::text[],
        ${requests.map(() => randomUUID())}::text[]
      ) AS i("shopId", "periodKey", "cutoffAt", "scheduledFor", "method", "holder", "iban", "payoutId", "entryId")
    ), total AS (
      SELECT i.*, t."amount"
      FROM input i
      CROSS JOIN LATERAL (
        SELECT COALESCE(SUM(le."amount"), 0)::int AS "amount", count(*)::int AS "count" FROM "LedgerEntry" le
        WHERE le."shopId" = i."shopId" AND le."payoutId" IS NULL AND le."availableAt" < i."cutoffAt"
      ) t
      WHERE t."count" > 0 AND t."amount" >= ${Math.max(options.minimum, 1)}
    ), payout AS (
      INSERT INTO "Payout" ("id", "shopId", "periodKey", "cutoffAt", "amount", "currency", "method", "status",
        "scheduledFor", "accountHolderName", "accountIban", "createdAt", "updatedAt")
      SELECT "payoutId", "shopId", "periodKey", "cutoffAt", "amount", ${currency}, "method"::"PayoutMethod",
        'SCHEDULED', "scheduledFor", "holder", "iban", ${now}, ${now}
      FROM total
      ON CONFLICT DO NOTHING
      RETURNING "id", "shopId", "amount", "cutoffAt", "periodKey"
    ), settled AS (
      UPDATE "LedgerEntry" le SET "payoutId" = p."id"
      FROM payout p
      WHERE le."shopId" = ANY(${shopIds}::text[]) AND le."shopId" = p."shopId"
        AND le."payoutId" IS NULL AND le."availableAt" < p."cutoffAt"
      RETURNING le."payoutId", le."amount"
    ), entry AS (
      INSERT INTO "LedgerEntry" ("id", "shopId", "payoutId", "type", "amount", "currency", "availableAt", "memo", "createdAt")
      SELECT i."entryId", p."shopId", p."id", 'PAYOUT', -p."amount", ${currency}, ${now}, p."periodKey", ${now}
      FROM payout p JOIN input i ON i."payoutId" = p."id"
      RETURNING 1
    )
    SELECT p."id", p."shopId", p."amount", COALESCE(s."sum", 0)::int AS "settledAmount"
    FROM payout p
    LEFT JOIN (SELECT "payoutId", SUM("amount") AS "sum" FROM settled GROUP BY "payoutId") s ON s."payoutId" = p."id"`;
  for (const payout of created)
    if (payout.settledAmount !== payout.amount)
      throw new Error(`payout ${payout.id}: settled ${payout.settledAmount}, amount ${payout.amount}`);
  return created.map(({ id, shopId, amount }) => ({ id, shopId, amount }));
}
