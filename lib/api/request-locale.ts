// The language of a public API answer (docs/api.md): ?lang when the marketplace offers it, else
// the best of Accept-Language it offers, else its default. No cookie: the API has no session.
import { isLocale, type EnabledLocales, type Locale } from "@/lib/i18n/config";

/** Accept-Language's languages, best first ("fa-IR;q=0.8, en" → ["en", "fa"]); "*" and q=0 left out. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  return (header ?? "")
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...options] = part.trim().split(";");
      const q = options.map((option) => option.trim()).find((option) => option.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().split("-")[0]!.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter(({ language, weight }) => language !== "" && language !== "*" && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ language }) => language);
}

export function negotiateLocale(
  lang: string | null | undefined,
  acceptLanguage: string | null | undefined,
  enabled: EnabledLocales,
): Locale {
  if (isLocale(lang) && enabled.locales.includes(lang)) return lang;
  for (const language of acceptedLanguages(acceptLanguage)) {
    if (isLocale(language) && enabled.locales.includes(language)) return language;
  }
  return enabled.defaultLocale;
}
