import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { PayoutMethod, PayoutStatus } from "@/lib/generated/prisma/enums";
import { parseIdOrThrow } from "@/lib/parse-id";

// The operator's view of payouts (docs/payouts.md, the operator's money page): every payout with its
// payee, the runs (payouts grouped by period) with their failures, and "retry now" for a Stripe
// transfer waiting for its next attempt.

export const PAYOUTS_PAGE_SIZE = 25;
export const RUNS_PAGE_SIZE = 12;
export const PAYOUT_STATUSES = Object.values(PayoutStatus);
export const PAYOUT_METHODS = Object.values(PayoutMethod);

const filtersSchema = z.object({
  status: z.enum(PayoutStatus).nullable().catch(null),
  method: z.enum(PayoutMethod).nullable().catch(null),
  /** a run date ("2026-12-10"), a month ("2026-12": its runs) or "request" (payouts asked for) */
  periodKey: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}(-\d{2})?|request)$/)
    .nullable()
    .catch(null),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type PayoutFilters = z.output<typeof filtersSchema>;

/** Filters as they arrive from a URL: anything unknown is dropped rather than refused. */
export function parsePayoutFilters(input: Record<string, unknown>): PayoutFilters {
  return filtersSchema.parse({
    status: input.status || null,
    method: input.method || null,
    periodKey: input.periodKey || null,
    page: input.page ?? 1,
  });
}

export type AdminPayoutRow = {
  id: string;
  payeeKind: "shop" | "ambassador";
  payeeId: string;
  payeeName: string;
  periodKey: string;
  amount: number;
  currency: string;
  method: PayoutMethod;
  status: PayoutStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  failureReason: string | null;
  scheduledFor: Date;
  paidAt: Date | null;
  /** a Stripe transfer waiting for its retry: the operator may ask for it now */
  retryable: boolean;
};

const ROW_SELECT = {
  id: true,
  shopId: true,
  ambassadorId: true,
  periodKey: true,
  amount: true,
  currency: true,
  method: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  failureReason: true,
  scheduledFor: true,
  paidAt: true,
  shop: { select: { name: true } },
  ambassador: { select: { code: true, user: { select: { name: true } } } },
} as const satisfies Prisma.PayoutSelect;

type Row = Prisma.PayoutGetPayload<{ select: typeof ROW_SELECT }>;

const isRetryable = (payout: Pick<Row, "method" | "status" | "attempts">) =>
  payout.method === "STRIPE" && payout.status === "PROCESSING" && payout.attempts > 0;

function toRow(payout: Row): AdminPayoutRow {
  const { shop, ambassador, shopId, ambassadorId, ...rest } = payout;
  return {
    ...rest,
    payeeKind: shopId ? "shop" : "ambassador",
    payeeId: (shopId ?? ambassadorId) as string,
    payeeName: shop?.name ?? (ambassador ? `${ambassador.user.name} (${ambassador.code})` : ""),
    retryable: isRetryable(payout),
  };
}

function whereOf(filters: PayoutFilters): Prisma.PayoutWhereInput {
  const where: Prisma.PayoutWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.method) where.method = filters.method;
  if (filters.periodKey === "request") where.periodKey = { startsWith: "request:" };
  else if (filters.periodKey?.length === 7) where.periodKey = { startsWith: `${filters.periodKey}-` };
  else if (filters.periodKey) where.periodKey = filters.periodKey;
  return where;
}

/** The payouts, newest first, filtered and a page at a time. Operators only. */
export async function listPayouts(
  actor: Actor | null,
  input: Record<string, unknown> = {},
): Promise<{ rows: AdminPayoutRow[]; filters: PayoutFilters; page: number; pages: number; total: number }> {
  assertRole(actor, "OPERATOR");
  const filters = parsePayoutFilters(input);
  const db = getDb();
  const where = whereOf(filters);
  const total = await db.payout.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAYOUTS_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const payouts = await db.payout.findMany({
    where,
    select: ROW_SELECT,
    orderBy: [{ scheduledFor: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAYOUTS_PAGE_SIZE,
    take: PAYOUTS_PAGE_SIZE,
  });
  return { rows: payouts.map(toRow), filters: { ...filters, page }, page, pages, total };
}

type StatusFigures = { count: number; amount: number };

export type PayoutRun = {
  /** a run date, or "request" for every payout asked for */
  periodKey: string;
  scheduledFor: Date;
  currency: string;
  total: StatusFigures;
  byStatus: Record<PayoutStatus, StatusFigures>;
  /** Stripe transfers that failed at least once and are not paid yet (PROCESSING) */
  retrying: number;
};

type RunRow = {
  periodKey: string;
  status: PayoutStatus;
  currency: string;
  count: bigint;
  amount: bigint;
  retrying: bigint;
  scheduledFor: Date;
};

/**
 * The payout runs, newest first: the payouts grouped by period (a run's date; every on-request
 * payout together under "request"), with counts and amounts per status — what ran and what failed.
 * One aggregate query. Operators only.
 */
export async function listPayoutRuns(
  actor: Actor | null,
  options: { page?: number } = {},
): Promise<{ runs: PayoutRun[]; page: number; pages: number }> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const period = Prisma.sql`CASE WHEN "periodKey" LIKE 'request:%' THEN 'request' ELSE "periodKey" END`;
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT COUNT(DISTINCT ${period}) AS "count" FROM "Payout"`;
  const pages = Math.max(1, Math.ceil(Number(count) / RUNS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pages);
  const rows = await db.$queryRaw<RunRow[]>`
    WITH "periods" AS (
      SELECT "key", "scheduledFor" FROM (
        SELECT ${period} AS "key", MAX("scheduledFor") AS "scheduledFor" FROM "Payout" GROUP BY 1
      ) k
      ORDER BY ("key" = 'request') DESC, "scheduledFor" DESC, "key" DESC
      LIMIT ${RUNS_PAGE_SIZE} OFFSET ${(page - 1) * RUNS_PAGE_SIZE}
    )
    SELECT p."key" AS "periodKey", p."scheduledFor", o."status", o."currency",
           COUNT(*) AS "count", COALESCE(SUM(o."amount"), 0) AS "amount",
           COUNT(*) FILTER (WHERE o."status" = 'PROCESSING' AND o."method" = 'STRIPE' AND o."attempts" > 0) AS "retrying"
    FROM "periods" p
    JOIN "Payout" o ON (CASE WHEN o."periodKey" LIKE 'request:%' THEN 'request' ELSE o."periodKey" END) = p."key"
    GROUP BY p."key", p."scheduledFor", o."status", o."currency"`;
  const runs = new Map<string, PayoutRun>();
  for (const row of rows) {
    let run = runs.get(row.periodKey);
    if (!run) {
      const zero = () => ({ count: 0, amount: 0 });
      run = {
        periodKey: row.periodKey,
        scheduledFor: row.scheduledFor,
        currency: row.currency,
        total: zero(),
        byStatus: { SCHEDULED: zero(), PROCESSING: zero(), PAID: zero(), FAILED: zero() },
        retrying: 0,
      };
      runs.set(row.periodKey, run);
    }
    const count = Number(row.count);
    const amount = Number(row.amount);
    run.byStatus[row.status].count += count;
    run.byStatus[row.status].amount += amount;
    run.total.count += count;
    run.total.amount += amount;
    run.retrying += Number(row.retrying);
  }
  const ordered = [...runs.values()].sort(
    (a, b) =>
      Number(b.periodKey === "request") - Number(a.periodKey === "request") ||
      b.scheduledFor.getTime() - a.scheduledFor.getTime() ||
      b.periodKey.localeCompare(a.periodKey),
  );
  return { runs: ordered, page, pages };
}

/**
 * "Retry now": a Stripe payout waiting for its next attempt (PROCESSING after a failure) is due at
 * once (nextAttemptAt = now); the next payout run sends it, with the same idempotency key. Audited.
 * Anything else — paid, failed, a bank transfer, never attempted — is a CONFLICT, nothing written.
 */
export async function retryPayoutNow(
  actor: Actor | null,
  payoutIdInput: string,
  options: { now?: Date } = {},
): Promise<void> {
  assertRole(actor, "OPERATOR");
  const payoutId = parseIdOrThrow(payoutIdInput);
  const now = options.now ?? new Date();
  await getDb().$transaction(async (tx) => {
    const [payout] = await tx.$queryRaw<
      { method: PayoutMethod; status: PayoutStatus; attempts: number; nextAttemptAt: Date | null }[]
    >`SELECT "method", "status", "attempts", "nextAttemptAt" FROM "Payout" WHERE "id" = ${payoutId} FOR UPDATE`;
    if (!payout) throw new AppError("NOT_FOUND");
    if (!isRetryable(payout))
      throw new AppError("CONFLICT", "payout not awaiting a retry", { form: "adminMoney.errors.notRetryable" });
    await tx.payout.update({ where: { id: payoutId }, data: { nextAttemptAt: now, updatedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payout.retry_requested",
      entityType: "Payout",
      entityId: payoutId,
      data: { attempts: payout.attempts, nextAttemptAt: payout.nextAttemptAt?.toISOString() ?? null },
    });
  });
}
