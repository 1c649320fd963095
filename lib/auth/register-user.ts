import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Locale } from "@/lib/i18n/config";
import { hashPassword } from "./password";
import { fieldErrorsOf, signUpSchema, type SignUpInput } from "./schemas";

export type RegisteredUser = { id: string; email: string; name: string; role: "SHOPPER" | "VENDOR" };

/**
 * Creates a shopper, or a vendor when they said "I am a vendor", speaking the language they signed
 * up in (their e-mails' language, docs/i18n.md). Nothing is written on bad input.
 */
export async function registerUser(input: SignUpInput, options: { locale?: Locale } = {}): Promise<RegisteredUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "invalid sign-up", fieldErrorsOf(parsed.error));
  const { name, email, password, isVendor } = parsed.data;
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
