import "server-only";
import { cookies } from "next/headers";
import { getTranslator } from "./catalogues";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./config";

/**
 * The viewer's locale: the one they chose (a cookie) when the marketplace offers it, else the
 * marketplace's default language (MarketplaceSettings, read by getPublicSettings).
 */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return resolveLocale(chosen, await getPublicSettings());
}

export async function getT() {
  const locale = await getLocale();
  return { locale, t: getTranslator(locale) };
}
