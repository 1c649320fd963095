import "server-only";
import { getDb } from "@/lib/db";

/** How long sign-in attempts are kept: the throttles look back minutes, an investigation a few weeks. */
export const SIGN_IN_ATTEMPT_RETENTION_DAYS = 30;
/** How long contact requests are kept: the record of a claim or a question, and the sender's limits. */
export const CONTACT_REQUEST_RETENTION_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeReport = { signInAttempts: number; contactRequests: number };

/**
 * Deletes sign-in attempts and contact requests older than their retention (docs/security.md,
 * the purge): personal data (e-mail addresses, IP addresses, messages) is not kept for ever.
 * Run by the `purge` job; safe to run twice or at once (plain deletes by date).
 */
export async function purgeOldRecords(now: Date): Promise<PurgeReport> {
  const db = getDb();
  const attemptsBefore = new Date(now.getTime() - SIGN_IN_ATTEMPT_RETENTION_DAYS * DAY_MS);
  const requestsBefore = new Date(now.getTime() - CONTACT_REQUEST_RETENTION_DAYS * DAY_MS);
  const signInAttempts = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: attemptsBefore } } });
  const contactRequests = await db.contactRequest.deleteMany({ where: { createdAt: { lt: requestsBefore } } });
  return { signInAttempts: signInAttempts.count, contactRequests: contactRequests.count };
}
