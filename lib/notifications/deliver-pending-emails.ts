import "server-only";
import type { Transporter } from "nodemailer";
import { renderEmail } from "@/emails/render-email";
import { getDb } from "@/lib/db";
import { MAX_EMAIL_ATTEMPTS, nextEmailAttemptAt } from "./email-retry";
import { createMailTransport, mailFrom, smtpTimeouts, type SmtpTimeouts } from "./mail-transport";
import type { EmailTemplateName, EmailTemplates } from "./templates";

export { MAX_EMAIL_ATTEMPTS } from "./email-retry";

/** Note stored in lastError when no SMTP server is configured: the message stays in the dev mailbox. */
export const DEV_MAILBOX_NOTE = "SMTP_URL unset: kept in the dev mailbox, not sent";

/** Stored in lastError when a run claimed a message and never said how its last attempt went. */
export const LEASE_EXPIRED_NOTE = "delivery run ended without an answer (lease expired)";

export type DeliveryReport = { sent: number; failed: number; kept: number };

export type DeliveryOptions = {
  /** at most this many messages per run */
  limit?: number;
  /** messages sent at once: a stalled one holds one sender, never the others */
  concurrency?: number;
  /** the clock (tests move it to reach a backoff) */
  now?: () => Date;
  timeouts?: SmtpTimeouts;
};

type ClaimedRow = {
  id: string;
  to: string;
  locale: string;
  template: string;
  data: unknown;
  subject: string | null;
  text: string | null;
  html: string | null;
  attempts: number;
  claimedUntil: Date;
};

/** The message as rendered at queue time; rows queued before rendering existed are rendered now. */
function contentOf(row: ClaimedRow): { subject: string; text: string; html: string } {
  if (row.subject !== null && row.text !== null && row.html !== null)
    return { subject: row.subject, text: row.text, html: row.html };
  const template = row.template as EmailTemplateName;
  return renderEmail(template, row.data as EmailTemplates[typeof template], row.locale);
}

/** A send gets the SMTP timeouts, and on top of them a hard limit, so nothing waits for ever. */
function sendLimitMs(timeouts: SmtpTimeouts): number {
  return timeouts.connectionTimeout + timeouts.greetingTimeout + 2 * timeouts.socketTimeout;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the SMTP server in ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Gives up on messages whose lease ended without an answer after their last attempt (the process
 * died mid-send, or a run never came back): FAILED for good, never sent in a loop.
 */
async function failAbandoned(now: Date): Promise<number> {
  return getDb().$executeRaw`
    UPDATE "EmailMessage" SET "status" = 'FAILED', "claimedUntil" = NULL, "lastError" = ${LEASE_EXPIRED_NOTE}
    WHERE "status" = 'PENDING' AND "claimedUntil" < ${now} AND "attempts" >= ${MAX_EMAIL_ATTEMPTS}`;
}

/**
 * Claims the oldest message due in one short statement (its own transaction): row locks taken
 * with SKIP LOCKED, a lease set and the attempt counted before anything is sent, then committed.
 * A message under another run's lease, or waiting for its backoff, is not due.
 */
async function claimNext(now: Date, leaseMs: number): Promise<ClaimedRow | null> {
  const claimedUntil = new Date(now.getTime() + leaseMs);
  const rows = await getDb().$queryRaw<ClaimedRow[]>`
    UPDATE "EmailMessage" SET "claimedUntil" = ${claimedUntil}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" = 'PENDING'
        AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
        AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
        AND "attempts" < ${MAX_EMAIL_ATTEMPTS}
      ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "locale", "template", "data", "subject", "text", "html", "attempts", "claimedUntil"`;
  return rows[0] ?? null;
}

/** Marks the outcome, only while the lease is still this run's (another run may have taken it since). */
async function markSent(row: ClaimedRow, now: Date): Promise<void> {
  await getDb().$executeRaw`
    UPDATE "EmailMessage" SET "status" = 'SENT', "sentAt" = ${now}, "claimedUntil" = NULL, "lastError" = NULL
    WHERE "id" = ${row.id} AND "claimedUntil" = ${row.claimedUntil}`;
}

async function markFailed(row: ClaimedRow, error: unknown, now: Date): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const retryAt = nextEmailAttemptAt(row.attempts, now);
  await getDb().$executeRaw`
    UPDATE "EmailMessage" SET "status" = ${retryAt ? "PENDING" : "FAILED"}::"EmailStatus", "claimedUntil" = NULL,
      "nextAttemptAt" = ${retryAt}, "lastError" = ${message}
    WHERE "id" = ${row.id} AND "claimedUntil" = ${row.claimedUntil}`;
  console.error(`[email] delivery of ${row.id} failed (attempt ${row.attempts}): ${message}`);
}

/**
 * Delivers PENDING e-mails, oldest first (docs/security.md, the outbox).
 *
 * With SMTP_URL set, a few senders work side by side; each claims one message at a time (a lease
 * and the attempt counted, committed at once), sends it outside any transaction with the SMTP
 * timeouts and a hard limit, then marks it SENT, or back to PENDING with a backoff (1 min, 5 min,
 * 30 min, 2 h), or FAILED for good after MAX_EMAIL_ATTEMPTS. A slow or stalled server holds one
 * sender and one message; the others go on. A message whose lease ended without an answer is
 * claimable again (the process died); two runs never hold the same message at once. Delivery is
 * at least once: a process dying after the server accepted a message but before marking it would
 * send it again, at most MAX_EMAIL_ATTEMPTS times in all.
 *
 * With SMTP_URL unset nothing leaves: messages are marked SENT with the DEV_MAILBOX_NOTE and
 * counted as `kept` (read at /admin/mailbox).
 */
export async function deliverPendingEmails(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const { limit = 50, concurrency = 4, now = () => new Date(), timeouts = smtpTimeouts() } = options;
  const db = getDb();
  const report: DeliveryReport = { sent: 0, failed: 0, kept: 0 };
  const transport = createMailTransport(timeouts);

  if (!transport) {
    report.kept = await db.$executeRaw`
      UPDATE "EmailMessage" SET "status" = 'SENT', "sentAt" = ${now()}, "lastError" = ${DEV_MAILBOX_NOTE}
      WHERE "id" IN (
        SELECT "id" FROM "EmailMessage" WHERE "status" = 'PENDING'
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED
      )`;
    return report;
  }

  const sendMs = sendLimitMs(timeouts);
  // The lease outlives the longest send, so a live run never loses a message it is sending.
  const leaseMs = sendMs + 60_000;
  let claims = 0;
  await failAbandoned(now());

  async function sender(mailer: Transporter): Promise<void> {
    while (claims < limit) {
      claims += 1;
      const row = await claimNext(now(), leaseMs);
      if (!row) return;
      try {
        await withTimeout(mailer.sendMail({ from: mailFrom(), to: row.to, ...contentOf(row) }), sendMs);
      } catch (error) {
        await markFailed(row, error, now());
        report.failed += 1;
        continue;
      }
      await markSent(row, now());
      report.sent += 1;
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, () => sender(transport)));
  } finally {
    transport.close();
  }
  return report;
}
