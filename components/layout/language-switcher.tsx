import type { Locale } from "@/lib/i18n/config";
import { switchLocale } from "@/lib/i18n/locale-actions";
import type { Translate } from "@/lib/i18n/translate";

type LanguageSwitcherProps = {
  locale: Locale;
  /** the languages the marketplace offers (its settings), in Halle's order */
  locales: readonly Locale[];
  t: Translate;
};

/**
 * One button per language the marketplace offers; nothing when it offers one. A plain form, so
 * it also works without JavaScript.
 */
export function LanguageSwitcher({ locale, locales, t }: LanguageSwitcherProps) {
  if (locales.length < 2) return null;
  return (
    <form action={switchLocale} className="flex items-center gap-1" aria-label={t("locales.label")}>
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className="min-h-9 rounded-md px-2 text-sm hover:bg-stone-100 aria-pressed:bg-stone-200 aria-pressed:font-semibold"
        >
          {t(`locales.${option}`)}
        </button>
      ))}
    </form>
  );
}
