import "server-only";
import { getDb } from "@/lib/db";

/** Deletes the counters of windows that are over (the jobs call it; docs/security.md). Returns how many. */
export async function purgeRateLimits(now: Date = new Date()): Promise<number> {
  const { count } = await getDb().rateLimitBucket.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
