"use server";

import { cookies } from "next/headers";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { isLocale, LOCALE_COOKIE } from "./config";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers the viewer's language, when the marketplace offers it (a forged POST may send any);
 * setting a cookie in an action re-renders the current page.
 */
export async function switchLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale) || !(await getPublicSettings()).locales.includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  });
}
