import "server-only";
import { renderEmail } from "@/emails/render-email";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, resolveLocale, type Locale } from "@/lib/i18n/config";
import { recordTomanDisplay } from "@/lib/money/display-unit";
import { DEFAULT_SETTINGS } from "@/lib/settings/default-settings";
import type { EmailTemplateName, EmailTemplates } from "./templates";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type QueuedEmail<T extends EmailTemplateName> = {
  to: string;
  locale?: string;
  template: T;
  data: EmailTemplates[T];
};

/**
 * The language an e-mail is written in (docs/i18n.md): the recipient's, when the marketplace
 * offers it, else the marketplace's default language (a guest, or a language since disabled).
 * The same read records how rials are shown: the e-mail formats its amounts now, perhaps in a
 * process that has rendered no page since the operator changed it (a worker; docs/scaling.md).
 */
async function emailLanguage(db: Db, chosen: string | undefined): Promise<Locale> {
  const settings = await db.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { defaultLocale: true, locales: true, tomanDisplay: true },
  });
  recordTomanDisplay(settings?.tomanDisplay ?? DEFAULT_SETTINGS.tomanDisplay);
  if (!settings) return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  const locales = settings.locales.filter(isLocale);
  const defaultLocale = isLocale(settings.defaultLocale) ? settings.defaultLocale : (locales[0] ?? DEFAULT_LOCALE);
  return resolveLocale(chosen, { defaultLocale, locales: locales.length > 0 ? locales : [defaultLocale] });
}

/**
 * Records an e-mail to send, inside the caller's transaction (pass `tx`): if the action rolls
 * back, no e-mail leaves. It is rendered now (subject, text, html stored on the row), so the
 * message sent is the one written at the time of the action; a durable job delivers it afterwards.
 */
export async function queueEmail<T extends EmailTemplateName>(db: Db, email: QueuedEmail<T>): Promise<{ id: string }> {
  const locale = await emailLanguage(db, email.locale);
  const { subject, text, html } = renderEmail(email.template, email.data, locale);
  return db.emailMessage.create({
    data: { to: email.to, locale, template: email.template, data: email.data, subject, text, html },
    select: { id: true },
  });
}
