import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { RateLimitError } from "@/lib/rate-limit/rate-limit-error";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { purgeRateLimits } from "@/lib/rate-limit/purge-rate-limits";

// docs/security.md, "Throttles and client addresses": counters in PostgreSQL, one atomic upsert.
const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

async function countOf(key: string): Promise<number> {
  const rows = await getDb().rateLimitBucket.findMany({ where: { key }, select: { count: true } });
  return rows.reduce((sum, row) => sum + row.count, 0);
}

describe("consumeRateLimit", () => {
  it("lets exactly the limit through when many requests arrive at once", async () => {
    const rule = { key: "test:parallel", limit: 7, windowMs: MINUTE };
    const now = at("2026-12-06T10:00:30Z");
    const decisions = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(getDb(), rule, now)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
    // A refused use writes nothing: the count stops at the limit.
    expect(await countOf(rule.key)).toBe(7);
    for (const refused of decisions.filter((d) => !d.allowed)) expect(refused.retryAfterMs).toBe(30_000);
  });

  it("starts again in the next window, and keeps keys apart", async () => {
    const rule = { key: "test:windows", limit: 2, windowMs: MINUTE };
    const first = at("2026-12-06T10:01:00Z");
    expect((await consumeRateLimit(getDb(), rule, first)).allowed).toBe(true);
    expect((await consumeRateLimit(getDb(), rule, first)).allowed).toBe(true);
    expect(await consumeRateLimit(getDb(), rule, at("2026-12-06T10:01:59.500Z"))).toEqual({
      allowed: false,
      retryAfterMs: 500,
    });
    expect((await consumeRateLimit(getDb(), { ...rule, key: "test:windows-other" }, first)).allowed).toBe(true);
    expect((await consumeRateLimit(getDb(), rule, at("2026-12-06T10:02:00Z"))).allowed).toBe(true);
  });

  it("is rolled back with the caller's transaction", async () => {
    const rule = { key: "test:rolled-back", limit: 1, windowMs: MINUTE };
    const now = at("2026-12-06T10:03:00Z");
    await expect(
      getDb().$transaction(async (tx) => {
        expect((await consumeRateLimit(tx, rule, now)).allowed).toBe(true);
        throw new Error("the caller failed");
      }),
    ).rejects.toThrow("the caller failed");
    expect((await consumeRateLimit(getDb(), rule, now)).allowed).toBe(true);
  });

  it("refuses a limit below one", async () => {
    await expect(consumeRateLimit(getDb(), { key: "test:zero", limit: 0, windowMs: MINUTE })).rejects.toThrow();
  });
});

describe("enforceRateLimits", () => {
  it("is all or nothing: one rule refusing leaves the others uncounted, and says how long to wait", async () => {
    const now = at("2026-12-06T11:00:00Z");
    const open = { key: "test:open", limit: 5, windowMs: MINUTE };
    const full = { key: "test:full", limit: 1, windowMs: 60 * MINUTE };
    await enforceRateLimits(getDb(), [full], "security.throttle.signUp", now);
    const error = await enforceRateLimits(getDb(), [open, full], "security.throttle.signUp", now).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(isAppError(error, "RATE_LIMITED")).toBe(true);
    expect((error as RateLimitError).fieldErrors.form).toBe("security.throttle.signUp");
    expect((error as RateLimitError).retryAfterMs).toBe(60 * MINUTE);
    expect(await countOf(open.key)).toBe(0);
    expect(await countOf(full.key)).toBe(1);
  });

  it("runs inside a transaction it is given", async () => {
    const now = at("2026-12-06T11:05:00Z");
    const rule = { key: "test:in-tx", limit: 1, windowMs: MINUTE };
    await getDb().$transaction((tx) => enforceRateLimits(tx, [rule], "security.throttle.orders", now));
    await expect(
      getDb().$transaction((tx) => enforceRateLimits(tx, [rule], "security.throttle.orders", now)),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(await countOf(rule.key)).toBe(1);
  });
});

describe("rateLimitRule", () => {
  it("keys e-mail addresses by a hash, whatever their case", () => {
    const rule = rateLimitRule("signUpPerEmail", "Lea@Example.fr");
    expect(rule.key).not.toContain("lea");
    expect(rule.key).toBe(rateLimitRule("signUpPerEmail", "lea@example.fr").key);
    expect(rateLimitRule("suggestPerAddress", "203.0.113.7").key).toBe("suggestPerAddress:203.0.113.7");
  });
});

describe("purgeRateLimits", () => {
  it("deletes the counters of windows that are over, and only those", async () => {
    const now = at("2026-12-06T12:00:30Z");
    await consumeRateLimit(getDb(), { key: "test:purge-old", limit: 3, windowMs: MINUTE }, at("2026-12-06T11:58:00Z"));
    await consumeRateLimit(getDb(), { key: "test:purge-current", limit: 3, windowMs: MINUTE }, now);
    expect(await purgeRateLimits(now)).toBeGreaterThanOrEqual(1);
    expect(await countOf("test:purge-old")).toBe(0);
    expect(await countOf("test:purge-current")).toBe(1);
  });
});
