import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { Prisma } from "@/lib/generated/prisma/client";
import { discardStoredFiles } from "@/lib/orders/attachments";
import { deletedAccountEmail } from "./deleted-account";
import { listDeletionBlockers, type DeletionBlocker } from "./deletion-blockers";

export const deleteAccountSchema = z.object({
  password: z
    .string()
    .min(1, "security.privacy.errors.passwordRequired")
    .max(200, "security.privacy.errors.passwordWrong"),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

/** CONFLICT with what stands in the way, for the form to list (docs/security.md, personal data). */
export class AccountDeletionRefused extends AppError {
  constructor(readonly blockers: DeletionBlocker[]) {
    super("CONFLICT", "the account cannot be deleted yet", { form: "security.privacy.refused" });
  }
}

/**
 * Deletes the signed-in person's account (docs/security.md, personal data). The password is asked
 * again: a session left open on a shared computer is not enough to erase an account. Refused
 * (AccountDeletionRefused, nothing changed) while an order, a shop or an ambassador balance still
 * needs the person. Otherwise, in one transaction:
 * - the User row stays (orders, ledger entries and audit rows point to it) but holds nothing
 *   personal: e-mail `deleted-<id>@invalid`, name, password hash and company cleared, every
 *   session ended (sessionVersion raised; getActor also treats the mark as signed out);
 * - addresses, cart, sign-in attempts and lock, messages sent to shops and e-mails to the old address are
 *   deleted; the person's order messages and the files they sent are deleted;
 * - orders placed keep their amounts, dates, shops, lines and ledger entries (accounting), with
 *   their contact and delivery details, notes and return reasons erased;
 * - reviews stay, signed by "a customer"; ambassador payout details are cleared;
 * - an audit row `privacy.accountDeleted` (counts only).
 * The files are removed from disk once the transaction has committed.
 */
export async function deleteAccount(actor: Actor | null, input: DeleteAccountInput): Promise<void> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const { password } = parseInput(deleteAccountSchema, input);
  const db = getDb();
  // Counted before the check (docs/security.md, rate limits): a stolen session cannot guess it.
  await enforceRateLimits(
    db,
    [rateLimitRule("passwordChecksPerAccount", actor.id)],
    "security.throttle.passwordChecks",
  );
  const account = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(password, account.passwordHash || null)))
    throw new AppError("VALIDATION", "wrong password", { password: "security.privacy.errors.passwordWrong" });

  const files = await db.$transaction(async (tx) => {
    // One deletion at a time for this account; the checks below then see the final state.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, email: true, role: true },
    });
    const blockers = await listDeletionBlockers(tx, user);
    if (blockers.length > 0) throw new AccountDeletionRefused(blockers);

    const orders = { userId: user.id };
    const sentFiles = await tx.orderAttachment.findMany({
      where: { uploadedById: user.id },
      select: { storageKey: true, fileName: true, contentType: true, byteSize: true },
    });
    await tx.orderAttachment.deleteMany({ where: { uploadedById: user.id } });
    const messages = await tx.orderMessage.deleteMany({ where: { authorId: user.id } });
    await tx.conversationRead.deleteMany({ where: { userId: user.id } });
    await tx.returnRequest.updateMany({
      where: { shopOrder: { order: orders } },
      data: { reason: "", escalationNote: null },
    });
    await tx.shopOrder.updateMany({ where: { order: orders }, data: { note: null } });
    const anonymisedOrders = await tx.order.updateMany({
      where: orders,
      data: {
        email: deletedAccountEmail(user.id),
        customerName: "",
        customerPhone: null,
        shippingAddress: Prisma.DbNull,
        accessToken: null,
      },
    });
    const reviews = await tx.review.updateMany({
      where: { authorId: user.id },
      data: { authorName: "", authorId: null },
    });
    await tx.address.deleteMany({ where: { userId: user.id } });
    await tx.cart.deleteMany({ where: { userId: user.id } });
    await tx.signInAttempt.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" } } });
    await tx.signInLock.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" } } });
    await tx.contactRequest.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" } } });
    // E-mails to the person, and the copies Halle keeps of e-mails about their orders (a vendor's
    // "new order" holds the buyer's name and address): the one sent is in the recipient's mailbox.
    const numbers = (await tx.order.findMany({ where: orders, select: { number: true } })).map((order) => order.number);
    await tx.$executeRaw`
      DELETE FROM "EmailMessage" m
      WHERE lower(m."to") = lower(${user.email})
         OR strpos(lower(concat(m.subject, m.text, m.html, m.data::text)), lower(${user.email})) > 0
         OR EXISTS (
           SELECT 1 FROM unnest(${numbers}::text[]) AS n(number)
           WHERE strpos(concat(m.subject, m.text, m.data::text), n.number) > 0
         )`;
    await tx.ambassador.updateMany({ where: { userId: user.id }, data: { payoutHolderName: null, payoutIban: null } });
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: deletedAccountEmail(user.id),
        name: "",
        passwordHash: "",
        isBusiness: false,
        companyName: null,
        vatNumber: null,
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "privacy.accountDeleted",
      entityType: "User",
      entityId: user.id,
      data: {
        role: user.role,
        ordersAnonymised: anonymisedOrders.count,
        reviewsKept: reviews.count,
        messagesDeleted: messages.count,
        filesDeleted: sentFiles.length,
      },
    });
    return sentFiles;
  });
  await discardStoredFiles(files);
}

/** What stops the signed-in person's account from being deleted today (the account page lists it). */
export async function getDeletionBlockers(actor: Actor | null): Promise<DeletionBlocker[]> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  return listDeletionBlockers(getDb(), actor);
}
