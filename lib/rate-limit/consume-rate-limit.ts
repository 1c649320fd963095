import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Rate limits stored in PostgreSQL, so that they hold across every web process (docs/security.md,
// "Throttles and client addresses"): one fixed-window counter per key.

export type RateLimitDb = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type RateLimitRule = {
  /** what is limited and for whom, e.g. "suggest:addr:203.0.113.7" (see rateLimitKey) */
  key: string;
  /** how many times the key may be consumed in one window (at least 1) */
  limit: number;
  windowMs: number;
};

export type RateLimitDecision = {
  allowed: boolean;
  /** refused: how long until the window ends and the key may try again; 0 when allowed */
  retryAfterMs: number;
};

/** The window `now` falls in: windows are aligned on the epoch, so every process agrees. */
export function rateLimitWindow(now: Date, windowMs: number): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: new Date(start), end: new Date(start + windowMs) };
}

/**
 * Counts one use of `key` and says whether it was allowed. One statement, atomic: the first use
 * of a window inserts its row, the others add one only while the count is below the limit (the
 * row is locked by the upsert, so parallel requests queue on it and never pass the limit). A
 * refused use writes nothing. Pass the caller's transaction to make the use part of its effect
 * (rolled back with it).
 */
export async function consumeRateLimit(
  db: RateLimitDb,
  { key, limit, windowMs }: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitDecision> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`rate limit of ${key}: limit must be a positive integer`);
  if (!Number.isInteger(windowMs) || windowMs < 1) throw new Error(`rate limit of ${key}: bad window`);
  const { start, end } = rateLimitWindow(now, windowMs);
  // Instants as UTC text: the columns are timestamps without a zone, written in UTC by Prisma.
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, (${start.toISOString()}::timestamptz AT TIME ZONE 'UTC'), 1,
            (${end.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      WHERE "RateLimitBucket"."count" < ${limit}
    RETURNING "count"`;
  if (rows.length > 0) return { allowed: true, retryAfterMs: 0 };
  return { allowed: false, retryAfterMs: Math.max(0, end.getTime() - now.getTime()) };
}
