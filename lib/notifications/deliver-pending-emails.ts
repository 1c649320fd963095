import "server-only";
import { renderEmail } from "@/emails/render-email";
import { getDb } from "@/lib/db";
import { createMailTransport, mailFrom } from "./mail-transport";
import type { EmailTemplateName, EmailTemplates } from "./templates";

/** After this many failed attempts a message is marked FAILED and no longer retried. */
export const MAX_EMAIL_ATTEMPTS = 5;

/** Note stored in lastError when no SMTP server is configured: the message stays in the dev mailbox. */
export const DEV_MAILBOX_NOTE = "SMTP_URL unset: kept in the dev mailbox, not sent";

export type DeliveryReport = { sent: number; failed: number; kept: number };

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
};

/** The message as rendered at queue time; rows queued before rendering existed are rendered now. */
function contentOf(row: ClaimedRow): { subject: string; text: string; html: string } {
  if (row.subject !== null && row.text !== null && row.html !== null)
    return { subject: row.subject, text: row.text, html: row.html };
  const template = row.template as EmailTemplateName;
  return renderEmail(template, row.data as EmailTemplates[typeof template], row.locale);
}

/**
 * Delivers PENDING e-mails, oldest first.
 *
 * Rule: with SMTP_URL set, each message is sent and marked SENT (sentAt set). With SMTP_URL unset,
 * nothing leaves: messages are marked SENT with sentAt and the DEV_MAILBOX_NOTE in lastError, and
 * counted as `kept` (they are read at /admin/mailbox). An SMTP error counts an attempt and stores
 * the error; the message goes back to PENDING, or FAILED after MAX_EMAIL_ATTEMPTS attempts.
 *
 * Concurrent workers are safe: each row is claimed under FOR UPDATE SKIP LOCKED, so two workers
 * never send the same message. A process dying after the SMTP server accepted a message but before
 * the commit would leave it PENDING, and it would be sent again (at-least-once delivery).
 */
export async function deliverPendingEmails({ limit = 50 }: { limit?: number } = {}): Promise<DeliveryReport> {
  const db = getDb();
  const transport = createMailTransport();
  const report: DeliveryReport = { sent: 0, failed: 0, kept: 0 };

  if (!transport) {
    const kept = await db.$executeRaw`
      UPDATE "EmailMessage" SET "status" = 'SENT', "sentAt" = now(), "lastError" = ${DEV_MAILBOX_NOTE}
      WHERE "id" IN (
        SELECT "id" FROM "EmailMessage" WHERE "status" = 'PENDING'
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED
      )`;
    report.kept = kept;
    return report;
  }

  // Row by row: the claim (row lock, skipped by other workers) and the send share one short
  // transaction. A message that failed in this run is not retried until the next run.
  const tried: string[] = [];
  try {
    for (let index = 0; index < limit; index += 1) {
      const outcome = await db.$transaction(
        async (tx) => {
          const rows = await tx.$queryRaw<ClaimedRow[]>`
          SELECT "id", "to", "locale", "template", "data", "subject", "text", "html", "attempts" FROM "EmailMessage"
          WHERE "status" = 'PENDING' AND NOT ("id" = ANY(${tried}::text[])) ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
          const row = rows[0];
          if (!row) return "done" as const;
          tried.push(row.id);
          try {
            await transport.sendMail({ from: mailFrom(), to: row.to, ...contentOf(row) });
          } catch (error) {
            const attempts = row.attempts + 1;
            const message = error instanceof Error ? error.message : String(error);
            const status = attempts >= MAX_EMAIL_ATTEMPTS ? "FAILED" : "PENDING";
            await tx.emailMessage.update({
              where: { id: row.id },
              data: { attempts, lastError: message.slice(0, 1000), status },
            });
            console.error(`[email] delivery of ${row.id} failed (attempt ${attempts}): ${message}`);
            return "failed" as const;
          }
          await tx.emailMessage.update({
            where: { id: row.id },
            data: { status: "SENT", sentAt: new Date(), attempts: row.attempts + 1, lastError: null },
          });
          return "sent" as const;
        },
        { timeout: 60_000 },
      );
      if (outcome === "done") break;
      report[outcome] += 1;
    }
  } finally {
    transport.close();
  }
  return report;
}
