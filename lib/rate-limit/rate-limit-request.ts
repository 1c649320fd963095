import "server-only";
import { getDb } from "@/lib/db";
import { consumeRateLimit, type RateLimitDecision } from "./consume-rate-limit";
import { rateLimitRule, type RateLimitName } from "./limits";

/** One use of a named limit by one subject (a client address…), for route handlers that answer 429. */
export async function rateLimitRequest(name: RateLimitName, ...subject: string[]): Promise<RateLimitDecision> {
  return consumeRateLimit(getDb(), rateLimitRule(name, ...subject));
}
