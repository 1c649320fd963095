import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";

/** The language of an e-mail to someone: theirs when it is one Halle speaks, else French. */
export function emailLocaleOf(value: string | null | undefined): Locale {
  return value && isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * Every operator, oldest account first, for the e-mails the marketplace must see (a return taken
 * to it, a refund given up…); `except` leaves out one of them (the author of a message).
 */
export function listOperatorInboxes(
  tx: Prisma.TransactionClient,
  options: { except?: string } = {},
): Promise<{ email: string; locale: string | null }[]> {
  return tx.user.findMany({
    where: { role: "OPERATOR", ...(options.except ? { id: { not: options.except } } : {}) },
    select: { email: true, locale: true },
    orderBy: { createdAt: "asc" },
  });
}
