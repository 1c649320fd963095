import "server-only";
import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { queueEmail } from "@/lib/notifications/queue-email";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { assertRole, type Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";
import { signUpSchema } from "./schemas";

// Messages are catalogue keys; the new password follows the sign-up rule (the same schema field).
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "security.sessions.errors.currentPasswordRequired")
      .max(200, "auth.errors.passwordTooLong"),
    newPassword: signUpSchema.shape.password,
    confirmPassword: z.string().max(200, "auth.errors.passwordTooLong"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "security.sessions.errors.passwordsDiffer",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/**
 * Changes the signed-in user's password, given the current one, and ends every other session
 * (docs/security.md, headers, cookies and sessions): the session version goes up in the same
 * write, and the owner is e-mailed. Returns the new version, for the caller to re-issue this
 * browser's session with it.
 * Bad input or a wrong current password is VALIDATION with nothing changed.
 */
export async function changePassword(
  actor: Actor | null,
  input: ChangePasswordInput,
): Promise<{ sessionVersion: number }> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const db = getDb();
  // Counted before the check (docs/security.md, rate limits): a stolen session cannot guess it.
  await enforceRateLimits(
    db,
    [rateLimitRule("passwordChecksPerAccount", actor.id)],
    "security.throttle.passwordChecks",
  );
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, name: true, email: true, locale: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION", "wrong current password", {
      currentPassword: "security.sessions.errors.currentPasswordWrong",
    });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    // Only over the hash that was checked: a change made meanwhile in another session wins.
    const updated = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "password changed meanwhile");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password-changed",
      entityType: "User",
      entityId: actor.id,
    });
    // The owner is told, so that a change they did not make is seen (docs/security.md).
    await queueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "account.password-changed",
      data: { name: user.name, email: user.email, signInUrl: appUrl("/sign-in") },
    });
    return tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
  });
}
