import { LOCALES, type Locale } from "@/lib/i18n/config";
import { switchLocale } from "@/lib/i18n/locale-actions";
import type { Translate } from "@/lib/i18n/translate";

type LanguageSwitcherProps = { locale: Locale; t: Translate };

/** One button per language; a plain form, so it also works without JavaScript. */
export function LanguageSwitcher({ locale, t }: LanguageSwitcherProps) {
  return (
    <form action={switchLocale} className="flex items-center gap-1" aria-label={t("locales.label")}>
      {LOCALES.map((option) => (
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
