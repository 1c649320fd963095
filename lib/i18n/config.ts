// Locales Halle speaks: French first, English, Persian (right to left; docs/i18n.md).
export const LOCALES = ["fr", "en", "fa"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "halle_locale";

const RTL_LOCALES = new Set<string>(["fa", "ar", "he"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The languages a marketplace offers (MarketplaceSettings: defaultLocale and locales). */
export type EnabledLocales = { defaultLocale: Locale; locales: readonly Locale[] };

/**
 * The viewer's language: the one they chose when the marketplace offers it, else the
 * marketplace's default (an unknown or disabled choice, e.g. a cookie kept from before).
 */
export function resolveLocale(chosen: unknown, enabled: EnabledLocales): Locale {
  return isLocale(chosen) && enabled.locales.includes(chosen) ? chosen : enabled.defaultLocale;
}

export function textDirection(locale: string): "ltr" | "rtl" {
  return RTL_LOCALES.has(locale) ? "rtl" : "ltr";
}
