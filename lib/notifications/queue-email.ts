import "server-only";
import { renderEmail } from "@/emails/render-email";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailTemplateName, EmailTemplates } from "./templates";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type QueuedEmail<T extends EmailTemplateName> = {
  to: string;
  locale?: string;
  template: T;
  data: EmailTemplates[T];
};

/**
 * Records an e-mail to send, inside the caller's transaction (pass `tx`): if the action rolls
 * back, no e-mail leaves. It is rendered now (subject, text, html stored on the row), so the
 * message sent is the one written at the time of the action; a durable job delivers it afterwards.
 */
export async function queueEmail<T extends EmailTemplateName>(db: Db, email: QueuedEmail<T>): Promise<{ id: string }> {
  const locale = email.locale ?? "fr";
  const { subject, text, html } = renderEmail(email.template, email.data, locale);
  return db.emailMessage.create({
    data: { to: email.to, locale, template: email.template, data: email.data, subject, text, html },
    select: { id: true },
  });
}
