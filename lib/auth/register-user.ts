import "server-only";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Locale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { hashPassword } from "./password";
import { fieldErrorsOf, signUpSchema, type SignUpInput } from "./schemas";

export type RegisteredUser = { id: string; email: string; name: string; role: "SHOPPER" | "VENDOR" };

/** What the sign-up form is told: the same for an address new to Halle and for one already used. */
export type SignUpAnswer = { email: string; role: "SHOPPER" | "VENDOR" };

function parseSignUp(input: SignUpInput) {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "invalid sign-up", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * The sign-up form's use case (docs/security.md, "Throttles and client addresses"): it never says
 * whether the address already has an account. Bad input → VALIDATION; past the limits per client
 * address and per e-mail → RATE_LIMITED; nothing written in either case. Otherwise the password is
 * hashed first (the same work whichever way it goes), then in one transaction either the account
 * is created (a shopper, or a vendor when they said so, speaking the language they signed up in)
 * and welcomed by e-mail, or — the address is taken — nothing is created and the owner is e-mailed
 * that someone tried, with a link to sign in. The answer is the same either way.
 */
export async function signUpUser(
  input: SignUpInput,
  options: { locale?: Locale; clientAddress: string; now?: Date },
): Promise<SignUpAnswer> {
  const { name, email, password, isVendor } = parseSignUp(input);
  const role = isVendor ? "VENDOR" : "SHOPPER";
  const db = getDb();
  await enforceRateLimits(
    db,
    [rateLimitRule("signUpPerAddress", options.clientAddress), rateLimitRule("signUpPerEmail", email)],
    "security.throttle.signUp",
    options.now,
  );
  const passwordHash = await hashPassword(password);
  const signInUrl = appUrl("/sign-in");
  try {
    await db.$transaction(async (tx) => {
      const owner = await tx.user.findUnique({ where: { email }, select: { name: true, locale: true } });
      if (owner) {
        await queueEmail(tx, {
          to: email,
          locale: owner.locale,
          template: "account.sign-up-attempt",
          data: { name: owner.name, email, signInUrl },
        });
        return;
      }
      await tx.user.create({ data: { name, email, passwordHash, role, locale: options.locale }, select: { id: true } });
      await queueEmail(tx, {
        to: email,
        locale: options.locale,
        template: "account.welcome",
        data: { name, email, signInUrl },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Two sign-ups racing for one address: the unique index decided; the owner is told of this one.
    const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { name: true, locale: true } });
    await queueEmail(db, {
      to: email,
      locale: owner.locale,
      template: "account.sign-up-attempt",
      data: { name: owner.name, email, signInUrl },
    });
  }
  return { email, role };
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
