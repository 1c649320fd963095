"use server";

import { cookies } from "next/headers";
import { rememberLocale } from "@/lib/accounts/remember-locale";
import { getActor } from "@/lib/auth/session";
import { cookieOptions } from "@/lib/http/cookie-options";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { isLocale, LOCALE_COOKIE } from "./config";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers the viewer's language, when the marketplace offers it (a forged POST may send any):
 * in a cookie (setting it in an action re-renders the current page) and, signed in, on their
 * account for the e-mails they receive (docs/i18n.md).
 */
export async function switchLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale) || !(await getPublicSettings()).locales.includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, cookieOptions({ maxAge: ONE_YEAR_SECONDS }));
  await rememberLocale(await getActor(), locale);
}
