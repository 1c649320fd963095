import "server-only";
import type { MessageKey } from "@/lib/i18n/translate";
import { consumeRateLimit, type RateLimitDb, type RateLimitRule } from "./consume-rate-limit";
import { RateLimitError } from "./rate-limit-error";

/**
 * Consumes every rule, all or nothing: when one refuses, throws RateLimitError (RATE_LIMITED, the
 * longest wait, `messageKey` at the top of the form) and the uses already counted are rolled back.
 * In the caller's transaction (`tx`) they are part of its effect; given the client, they run in a
 * transaction of their own and stay counted once allowed.
 */
export async function enforceRateLimits(
  db: RateLimitDb,
  rules: readonly RateLimitRule[],
  messageKey: MessageKey,
  now: Date = new Date(),
): Promise<void> {
  const run = async (tx: RateLimitDb) => {
    let refusedFor = -1;
    for (const rule of rules) {
      const decision = await consumeRateLimit(tx, rule, now);
      if (!decision.allowed) refusedFor = Math.max(refusedFor, decision.retryAfterMs);
    }
    if (refusedFor >= 0) throw new RateLimitError(refusedFor, messageKey);
  };
  if ("$transaction" in db) await db.$transaction((tx) => run(tx));
  else await run(db);
}
