import type { Locale } from "@/lib/i18n/config";
import { switchLocale } from "@/lib/i18n/locale-actions";
import type { Translate } from "@/lib/i18n/translate";

type LanguageSwitcherProps = {
  locale: Locale;
  /** the languages the marketplace offers (its settings), in Halle's order */
  locales: readonly Locale[];
  t: Translate;
};

const option =
  "inline-flex min-h-11 items-center rounded-md px-2 text-sm hover:bg-stone-100 aria-pressed:bg-stone-200 aria-pressed:font-semibold";

function LanguageButtons({ locale, locales, t, className }: LanguageSwitcherProps & { className: string }) {
  return (
    <form action={switchLocale} className={className} aria-label={t("locales.label")}>
      {locales.map((value) => (
        <button
          key={value}
          type="submit"
          name="locale"
          value={value}
          lang={value}
          aria-pressed={value === locale}
          className={option}
        >
          {t(`locales.${value}`)}
        </button>
      ))}
    </form>
  );
}

/**
 * One button per language the marketplace offers; nothing when it offers one. A plain form, so
 * it also works without JavaScript. On a phone the buttons fold into a menu (a native <details>)
 * that shows the current language, so the header keeps to one row (docs/i18n.md, "Phones").
 */
export function LanguageSwitcher({ locale, locales, t }: LanguageSwitcherProps) {
  if (locales.length < 2) return null;
  return (
    <>
      <LanguageButtons locale={locale} locales={locales} t={t} className="hidden items-center gap-1 sm:flex" />
      <details className="group relative shrink-0 sm:hidden">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-md px-2 text-sm hover:bg-stone-100">
          <span className="sr-only">{t("locales.label")}</span> <span lang={locale}>{t(`locales.${locale}`)}</span>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            className="size-4 transition-transform group-open:rotate-180"
          >
            <path d="m6 9 6 6 6-6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </summary>
        <LanguageButtons
          locale={locale}
          locales={locales}
          t={t}
          className="absolute end-0 z-30 mt-1 flex w-40 flex-col items-stretch gap-1 rounded-xl border border-stone-200 bg-white p-2 shadow-lg"
        />
      </details>
    </>
  );
}
