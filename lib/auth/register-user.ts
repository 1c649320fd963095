import "server-only";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { hashPassword } from "./password";
import { safeCallbackPath } from "./safe-callback-path";
import { fieldErrorsOf, signUpRequestSchema, signUpSchema, type SignUpInput, type SignUpRequestInput } from "./schemas";
import { confirmSignUpPath, signSignUpToken, SIGN_UP_LINK_MS } from "./sign-up-token";

export type RegisteredUser = { id: string; email: string; name: string; role: "SHOPPER" | "VENDOR" };

/** What the sign-up form is told: the same for an address new to Halle and for one already used. */
export type SignUpAnswer = { email: string };

function parseSignUp(input: SignUpInput) {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "invalid sign-up", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * The sign-up form's use case (docs/security.md, "Sign-up"): it creates nothing and never says
 * whether the address already has an account. Bad input → VALIDATION; past the limits per client
 * address and per e-mail → RATE_LIMITED; nothing written in either case. Otherwise exactly one
 * e-mail goes to the address typed: for an address with no account, a link (24 hours) that
 * carries the sign-up, signed, to choose a password and create the account (completeSignUp); for
 * a taken one, a note to its owner that someone tried, with a link to sign in. The answer is the
 * same either way.
 */
export async function signUpUser(
  input: SignUpRequestInput,
  options: { locale?: Locale; callbackPath?: string | null; clientAddress: string; now?: Date },
): Promise<SignUpAnswer> {
  const parsed = signUpRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "invalid sign-up", fieldErrorsOf(parsed.error));
  const { name, email, isVendor } = parsed.data;
  const now = options.now ?? new Date();
  const db = getDb();
  await enforceRateLimits(
    db,
    [rateLimitRule("signUpPerAddress", options.clientAddress), rateLimitRule("signUpPerEmail", email)],
    "security.throttle.signUp",
    now,
  );
  await db.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { email }, select: { name: true, locale: true } });
    if (owner) {
      await queueEmail(tx, {
        to: email,
        locale: owner.locale,
        template: "account.sign-up-attempt",
        data: { name: owner.name, email, signInUrl: appUrl("/sign-in") },
      });
      return;
    }
    const locale = options.locale ?? DEFAULT_LOCALE;
    const token = signSignUpToken({
      email,
      name,
      role: isVendor ? "VENDOR" : "SHOPPER",
      locale,
      callbackPath: safeCallbackPath(options.callbackPath),
      expiresAt: new Date(now.getTime() + SIGN_UP_LINK_MS),
    });
    await queueEmail(tx, {
      to: email,
      locale,
      template: "account.confirm-email",
      data: { name, email, confirmUrl: appUrl(confirmSignUpPath(token)) },
    });
  });
  return { email };
}

/**
 * Creates an account directly (seed, tests): a shopper, or a vendor when they said "I am a vendor",
 * speaking the language they signed up in (docs/i18n.md). Unlike signUpUser it says CONFLICT for an
 * address already used, so it is never what a public form calls. Nothing is written on bad input.
 */
export async function registerUser(input: SignUpInput, options: { locale?: Locale } = {}): Promise<RegisteredUser> {
  const { name, email, password, isVendor } = parseSignUp(input);
  const db = getDb();
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", "email taken", { email: "auth.errors.emailTaken" });
  const passwordHash = await hashPassword(password);
  try {
    return (await db.user.create({
      data: { name, email, passwordHash, role: isVendor ? "VENDOR" : "SHOPPER", locale: options.locale },
      select: { id: true, email: true, name: true, role: true },
    })) as RegisteredUser;
  } catch (error) {
    // Two sign-ups racing for one e-mail: the unique index decides.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "email taken", { email: "auth.errors.emailTaken" });
    }
    throw error;
  }
}
