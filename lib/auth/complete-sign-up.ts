import "server-only";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { queueEmail } from "@/lib/notifications/queue-email";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { hashPassword } from "./password";
import { completeSignUpSchema, fieldErrorsOf } from "./schemas";
import { readSignUpToken } from "./sign-up-token";

/** The account just created, and where the person goes once signed in. */
export type CompletedSignUp = {
  id: string;
  email: string;
  role: "SHOPPER" | "VENDOR";
  callbackPath: string | null;
};

const LINK_INVALID = "security.signUpConfirm.invalid";
const ADDRESS_TAKEN = "security.signUpConfirm.taken";

/** Whether the link is worth showing the password form for (well signed, unexpired); it may be used already. */
export function readableSignUpLink(token: unknown, now: Date = new Date()): { email: string } | null {
  const payload = readSignUpToken(token, now);
  return payload ? { email: payload.email } : null;
}

/**
 * The e-mailed sign-up link's form (docs/security.md, "Sign-up"): the person has shown they read
 * the address's mail, and chooses a password. A forged, changed or expired link, or a password
 * outside the rule → VALIDATION (`token` or `password`); past the limit per client address →
 * RATE_LIMITED; nothing written. Otherwise, in one transaction, the account the sign-up asked for
 * (name, shopper or vendor, language), confirmed by construction, and its welcome e-mail. An
 * address that has an account by now (the link used twice, or two uses racing) → CONFLICT,
 * nothing changed.
 */
export async function completeSignUp(
  token: unknown,
  password: unknown,
  options: { clientAddress: string; now?: Date },
): Promise<CompletedSignUp> {
  const now = options.now ?? new Date();
  const payload = readSignUpToken(token, now);
  if (!payload) throw new AppError("VALIDATION", "sign-up link invalid or expired", { token: LINK_INVALID });
  const parsed = completeSignUpSchema.safeParse({ password });
  if (!parsed.success) throw new AppError("VALIDATION", "invalid password", fieldErrorsOf(parsed.error));
  const db = getDb();
  await enforceRateLimits(
    db,
    [rateLimitRule("signUpCompletePerAddress", options.clientAddress)],
    "security.throttle.signUp",
    now,
  );
  const passwordHash = await hashPassword(parsed.data.password);
  const { email, name, role, locale, callbackPath } = payload;
  try {
    const user = await db.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (taken) throw new AppError("CONFLICT", "email taken", { form: ADDRESS_TAKEN });
      const created = await tx.user.create({
        data: { name, email, passwordHash, role, locale },
        select: { id: true },
      });
      await queueEmail(tx, {
        to: email,
        locale,
        template: "account.welcome",
        data: { name, email, signInUrl: appUrl("/sign-in") },
      });
      return created;
    });
    return { id: user.id, email, role, callbackPath };
  } catch (error) {
    // Two uses of the link racing: the unique index decided, the other one created the account.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "email taken", { form: ADDRESS_TAKEN });
    throw error;
  }
}
