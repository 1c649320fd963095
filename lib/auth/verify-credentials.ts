import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { isSignInThrottled, signInWindowStart } from "./sign-in-throttle";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

/**
 * Checks an e-mail and password. Returns the user, or null for any mismatch (one generic answer).
 * Throws RATE_LIMITED once the e-mail has failed too often from this address: even the right
 * password is then refused until the window passes.
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
  const failures = await db.signInAttempt.count({
    where: { email, ip, succeeded: false, createdAt: { gt: signInWindowStart(now) } },
  });
  if (isSignInThrottled(failures)) throw new AppError("RATE_LIMITED", "too many sign-in attempts");

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  await db.signInAttempt.create({ data: { email, ip, succeeded: ok, createdAt: now } });
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
