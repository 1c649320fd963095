import "server-only";
import { cookies } from "next/headers";
import { getTranslator } from "./catalogues";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";

/** The viewer's locale: the one they chose (a cookie), else French. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

export async function getT() {
  const locale = await getLocale();
  return { locale, t: getTranslator(locale) };
}
