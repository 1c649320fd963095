import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import {
  accountLockDelayMs,
  addressRetryAt,
  currentAccountFailures,
  isSignInThrottled,
  SIGN_IN_MAX_FAILURES,
  signInWindowStart,
} from "./sign-in-throttle";
import { sendUnlockLinkIfDue } from "./sign-in-throttle-unlock";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

/** A refused attempt: RATE_LIMITED, with when the refusal ends (the form says when to retry). */
export class SignInThrottledError extends AppError {
  constructor(
    readonly retryAt: Date,
    readonly scope: "address" | "account",
  ) {
    super("RATE_LIMITED", `too many sign-in attempts (${scope})`);
  }
}

type Admitted = { attemptId: string; lockStarted: boolean };

/**
 * Counting and recording under one lock (docs/security.md, "Throttles and client addresses"):
 * a transaction holding an advisory lock on the e-mail checks both throttles, then records the
 * attempt as a failure and counts it against the account before the password is even compared.
 * A parallel attempt for the same e-mail waits for the lock and then sees this one, so 15
 * attempts at once never pass a limit of 10; a right password turns the record into a success.
 */
async function admitAttempt(email: string, ip: string, now: Date): Promise<Admitted> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${email}`}, 0))`;
    const lock = await tx.signInLock.findUnique({ where: { email } });
    if (lock?.lockedUntil && lock.lockedUntil > now) throw new SignInThrottledError(lock.lockedUntil, "account");
    const recent = await tx.signInAttempt.findMany({
      where: { email, ip, succeeded: false, createdAt: { gt: signInWindowStart(now) } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: SIGN_IN_MAX_FAILURES,
    });
    if (isSignInThrottled(recent.length))
      throw new SignInThrottledError(addressRetryAt(recent[0]!.createdAt), "address");

    const attempt = await tx.signInAttempt.create({
      data: { email, ip, succeeded: false, createdAt: now },
      select: { id: true },
    });
    const failures = currentAccountFailures(lock?.failures ?? 0, lock?.updatedAt ?? null, now) + 1;
    const delay = accountLockDelayMs(failures);
    const lockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
    await tx.signInLock.upsert({
      where: { email },
      create: { email, failures, lockedUntil, updatedAt: now },
      update: { failures, lockedUntil, updatedAt: now },
    });
    return { attemptId: attempt.id, lockStarted: lockedUntil !== null };
  }, LOCKED_TRANSACTION);
}

// Attempts for one e-mail queue on its lock (a burst of them, each a few milliseconds): their
// transactions may wait longer than Prisma's defaults before and while taking it.
const LOCKED_TRANSACTION = { maxWait: 20_000, timeout: 20_000 };

/**
 * Checks an e-mail and password. Returns the user, or null for any mismatch (one generic answer).
 * Throws SignInThrottledError (RATE_LIMITED) while the e-mail has failed too often from this
 * address, or from anywhere (the account's growing delay): even the right password is then
 * refused until the delay ends or the owner uses the unlock link e-mailed to them.
 */
export async function verifyCredentials(
  input: { email?: unknown; password?: unknown },
  ip: string,
  now: Date = new Date(),
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = getDb();
  const { attemptId, lockStarted } = await admitAttempt(email, ip, now);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, locale: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !ok) {
    if (lockStarted && user) await sendUnlockLinkIfDue(user, now);
    return null;
  }
  // The rightful owner is in: the attempt was a success, and the account's failures are forgotten.
  await db.$transaction([
    db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } }),
    db.signInLock.update({
      where: { email },
      data: { failures: 0, lockedUntil: null, unlockNonce: null, unlockExpiresAt: null, updatedAt: now },
    }),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
