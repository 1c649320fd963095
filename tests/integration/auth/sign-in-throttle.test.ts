// The sign-in throttle against a real PostgreSQL (docs/security.md, "Throttles and client addresses").
import { describe, expect, it } from "vitest";
import { registerUser } from "@/lib/auth/register-user";
import {
  SIGN_IN_ACCOUNT_MAX_FAILURES,
  SIGN_IN_MAX_FAILURES,
  SIGN_IN_UNLOCK_LINK_MS,
  SIGN_IN_WINDOW_MS,
} from "@/lib/auth/sign-in-throttle";
import { unlockSignIn } from "@/lib/auth/sign-in-throttle-unlock";
import { SignInThrottledError, verifyCredentials } from "@/lib/auth/verify-credentials";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";

const password = "a-good-password-42";
const minute = 60_000;

function attempt(email: string, ip: string, now: Date, pass = "wrong-password") {
  return verifyCredentials({ email, password: pass }, ip, now).then(
    (user) => ({ refused: false as const, user }),
    (error: unknown) => {
      if (error instanceof SignInThrottledError) return { refused: true as const, error };
      throw error;
    },
  );
}

/** Fails from `ips` in turn (distinct addresses: the per-address limit never applies). */
async function failFromMany(email: string, times: number, now: Date) {
  for (let i = 0; i < times; i++) {
    const result = await attempt(email, `10.1.${Math.floor(i / 200)}.${i % 200}`, now);
    expect(result).toEqual({ refused: false, user: null });
  }
}

function unlockLink(text: string): string {
  const match = /https?:\/\/\S+\/sign-in\/unlock\?token=(\S+)/.exec(text);
  if (!match) throw new Error(`no unlock link in: ${text}`);
  return decodeURIComponent(match[1]!);
}

describe("the sign-in throttle, per address", () => {
  it("lets at most 10 of 15 parallel failures through the check, and refuses the 11th", async () => {
    const email = "parallel@example.fr";
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 15 }, () => attempt(email, "10.0.9.1", now)));
    expect(results.filter((result) => !result.refused)).toHaveLength(SIGN_IN_MAX_FAILURES);
    expect(results.filter((result) => result.refused)).toHaveLength(15 - SIGN_IN_MAX_FAILURES);
    expect(await getDb().signInAttempt.count({ where: { email } })).toBe(SIGN_IN_MAX_FAILURES);
    const eleventh = await attempt(email, "10.0.9.1", now);
    expect(eleventh.refused).toBe(true);
  });

  it("says when to retry: when the oldest failure leaves the 15-minute window", async () => {
    await registerUser({ name: "Rita", email: "rita@example.fr", password, isVendor: false });
    const start = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) {
      await attempt("rita@example.fr", "10.0.9.2", new Date(start.getTime() + i * 1000));
    }
    const refused = await attempt("rita@example.fr", "10.0.9.2", new Date(start.getTime() + minute), password);
    expect(refused.refused && refused.error.scope).toBe("address");
    expect(refused.refused && refused.error.retryAt.toISOString()).toBe(
      new Date(start.getTime() + SIGN_IN_WINDOW_MS).toISOString(),
    );
  });
});

describe("the sign-in throttle, per account", () => {
  it("locks the e-mail from any address after 20 failures, with a delay that doubles", async () => {
    await registerUser({ name: "Olga", email: "olga@example.fr", password, isVendor: false });
    const email = "olga@example.fr";
    let now = new Date("2026-11-23T10:00:00Z");
    await failFromMany(email, SIGN_IN_ACCOUNT_MAX_FAILURES - 1, now);
    // 19 failures: still open, even from a new address
    expect((await attempt(email, "10.2.0.1", now)).refused).toBe(false);

    // the 20th failure locked it for a minute: the right password is refused, from anywhere
    const first = await attempt(email, "10.2.0.2", now, password);
    expect(first.refused && first.error.scope).toBe("account");
    expect(first.refused && first.error.retryAt.getTime() - now.getTime()).toBe(minute);

    // after the minute, one more failure locks it for 2, then 4 minutes
    const delays: number[] = [];
    for (let i = 0; i < 2; i++) {
      const locked = await attempt(email, "10.2.0.3", now);
      expect(locked.refused).toBe(true);
      now = new Date((locked.refused ? locked.error.retryAt : now).getTime());
      expect((await attempt(email, `10.2.1.${i}`, now)).refused).toBe(false);
      const next = await attempt(email, "10.2.0.4", now);
      if (next.refused) delays.push(next.error.retryAt.getTime() - now.getTime());
    }
    expect(delays).toEqual([2 * minute, 4 * minute]);

    // never for good: once the delay is over, the owner signs in, and the count starts again
    const end = await attempt(email, "10.2.0.5", now);
    now = end.refused ? end.error.retryAt : now;
    const owner = await attempt(email, "10.2.0.6", now, password);
    expect(owner).toMatchObject({ refused: false, user: { email } });
    expect(await getDb().signInLock.findUnique({ where: { email } })).toMatchObject({ failures: 0, lockedUntil: null });
  });

  it("e-mails the owner one unlock link, which works once", async () => {
    await registerUser({ name: "Paul", email: "paul@example.fr", password, isVendor: false });
    const email = "paul@example.fr";
    const now = new Date();
    await failFromMany(email, SIGN_IN_ACCOUNT_MAX_FAILURES, now);
    // more failures while locked: refused, and no second e-mail
    expect((await attempt(email, "10.3.0.1", now)).refused).toBe(true);
    const emails = await getDb().emailMessage.findMany({ where: { to: email, template: "account.sign-in-locked" } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe("La connexion à votre compte est bloquée pour un moment");
    const token = unlockLink(emails[0]!.text ?? "");

    // a forged or altered token changes nothing
    await expect(unlockSignIn(`${token}x`, now)).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    expect((await attempt(email, "10.3.0.2", now, password)).refused).toBe(true);

    await unlockSignIn(token, now);
    expect(await attempt(email, "10.3.0.3", now, password)).toMatchObject({ refused: false, user: { email } });

    // once used, the link does nothing more
    await expect(unlockSignIn(token, now)).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
  });

  it("refuses an expired unlock link, and keeps the lock", async () => {
    await registerUser({ name: "Ines", email: "ines@example.fr", password, isVendor: false });
    const email = "ines@example.fr";
    const now = new Date();
    await failFromMany(email, SIGN_IN_ACCOUNT_MAX_FAILURES, now);
    const [message] = await getDb().emailMessage.findMany({ where: { to: email, template: "account.sign-in-locked" } });
    const token = unlockLink(message!.text ?? "");
    const later = new Date(now.getTime() + SIGN_IN_UNLOCK_LINK_MS + 1000);
    await expect(unlockSignIn(token, later)).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    const lock = await getDb().signInLock.findUniqueOrThrow({ where: { email } });
    expect(lock.lockedUntil!.getTime()).toBeGreaterThan(now.getTime());
    expect(lock.failures).toBe(SIGN_IN_ACCOUNT_MAX_FAILURES);
  });

  it("sends no e-mail for an e-mail without an account, but locks it the same (nothing to tell apart)", async () => {
    const email = "nobody-here@example.fr";
    const now = new Date();
    await failFromMany(email, SIGN_IN_ACCOUNT_MAX_FAILURES, now);
    expect((await attempt(email, "10.4.0.1", now)).refused).toBe(true);
    expect(await getDb().emailMessage.count({ where: { to: email } })).toBe(0);
  });
});
