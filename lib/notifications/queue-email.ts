import "server-only";
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
 * back, no e-mail leaves. A durable job delivers it afterwards.
 */
export async function queueEmail<T extends EmailTemplateName>(db: Db, email: QueuedEmail<T>): Promise<{ id: string }> {
  return db.emailMessage.create({
    data: { to: email.to, locale: email.locale ?? "fr", template: email.template, data: email.data },
    select: { id: true },
  });
}
