import "server-only";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { queueEmail } from "@/lib/notifications/queue-email";
import { minutesUntil, SIGN_IN_UNLOCK_LINK_MS } from "./sign-in-throttle";
import { newUnlockNonce, readUnlockToken, signUnlockToken } from "./sign-in-throttle-token";

// The owner's way out of the account's sign-in delay (docs/security.md, "Throttles and client
// addresses"): when the delay starts, one e-mail with a signed link that expires in a day; the
// page it opens clears the delay, once.

/** The page the e-mailed link opens. */
export function unlockSignInPath(token: string): string {
  return `/sign-in/unlock?token=${encodeURIComponent(token)}`;
}

/**
 * E-mails the owner an unlock link when their account has just been locked and no link sent
 * earlier still works (one e-mail per day of attack, not one per attempt). The conditional update
 * makes parallel failures send it once.
 */
export async function sendUnlockLinkIfDue(
  user: { email: string; name: string; locale: string },
  now: Date = new Date(),
): Promise<void> {
  const nonce = newUnlockNonce();
  const expiresAt = new Date(now.getTime() + SIGN_IN_UNLOCK_LINK_MS);
  await getDb().$transaction(async (tx) => {
    const claimed = await tx.signInLock.updateMany({
      where: {
        email: user.email,
        lockedUntil: { gt: now },
        OR: [{ unlockExpiresAt: null }, { unlockExpiresAt: { lte: now } }],
      },
      data: { unlockNonce: nonce, unlockExpiresAt: expiresAt },
    });
    if (claimed.count === 0) return;
    const lock = await tx.signInLock.findUniqueOrThrow({ where: { email: user.email }, select: { lockedUntil: true } });
    await queueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "account.sign-in-locked",
      data: {
        name: user.name,
        email: user.email,
        minutes: minutesUntil(lock.lockedUntil ?? now, now),
        unlockUrl: appUrl(unlockSignInPath(signUnlockToken({ email: user.email, nonce, expiresAt }))),
      },
    });
  });
}

/** Whether a token is worth showing the unlock button for (well signed, unexpired); it may be used already. */
export function isReadableUnlockToken(token: unknown, now: Date = new Date()): boolean {
  return readUnlockToken(token, now) !== null;
}

/**
 * Clears the account's delay and failures. The link works once: its nonce must still be the
 * account's pending one, and is cleared here. Anything else (forged, expired, used, superseded)
 * throws NOT_FOUND and changes nothing.
 */
export async function unlockSignIn(token: unknown, now: Date = new Date()): Promise<void> {
  const payload = readUnlockToken(token, now);
  if (!payload) throw new AppError("NOT_FOUND", "unlock link invalid or expired");
  const { email, nonce } = payload;
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${email}`}, 0))`;
    const cleared = await tx.signInLock.updateMany({
      where: { email, unlockNonce: nonce, unlockExpiresAt: { gt: now } },
      data: { failures: 0, lockedUntil: null, unlockNonce: null, unlockExpiresAt: null, updatedAt: now },
    });
    if (cleared.count === 0) throw new AppError("NOT_FOUND", "unlock link used or superseded");
  });
}
