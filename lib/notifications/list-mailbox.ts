import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EmailStatus } from "@/lib/generated/prisma/client";
import { smtpUrl } from "./mail-transport";

export const MAILBOX_PAGE_SIZE = 20;

export type MailboxMessage = {
  id: string;
  to: string;
  subject: string | null;
  text: string | null;
  status: EmailStatus;
  createdAt: Date;
  sentAt: Date | null;
};

export type MailboxPage = { messages: MailboxMessage[]; page: number; pages: number; total: number };

/**
 * The dev mailbox: every e-mail Halle wrote, newest first. It exists only while no SMTP server is
 * configured (else NOT_FOUND: real e-mails are not for reading here), and only for operators.
 */
export async function listMailbox(actor: Actor | null, { page = 1 }: { page?: number } = {}): Promise<MailboxPage> {
  assertRole(actor, "OPERATOR");
  if (smtpUrl()) throw new AppError("NOT_FOUND");
  const db = getDb();
  const total = await db.emailMessage.count();
  const pages = Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(Number.isFinite(page) ? page : 1)), pages);
  const messages = await db.emailMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * MAILBOX_PAGE_SIZE,
    take: MAILBOX_PAGE_SIZE,
    select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true, sentAt: true },
  });
  return { messages, page: current, pages, total };
}
