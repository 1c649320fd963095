import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";

/**
 * A signed-in person who switches language keeps it for their e-mails too (User.locale,
 * docs/i18n.md). Only their own account; an unknown language or a signed-out visitor changes nothing.
 */
export async function rememberLocale(actor: Actor | null, locale: string): Promise<boolean> {
  if (!actor || !isLocale(locale)) return false;
  const { count } = await getDb().user.updateMany({ where: { id: actor.id }, data: { locale } });
  return count === 1;
}
