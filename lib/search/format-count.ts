// Number formatters of the search page, built once per locale and kept for the process: an
// Intl.NumberFormat costs far more to build than to use, and the page formats a count for every
// rated result (docs/scaling.md, what each process keeps in memory: derived from code only).
const counts = new Map<string, Intl.NumberFormat>();
const ratingChoices = new Map<string, Intl.NumberFormat>();

function cached(cache: Map<string, Intl.NumberFormat>, locale: string, make: () => Intl.NumberFormat) {
  let format = cache.get(locale);
  if (!format) {
    format = make();
    cache.set(locale, format);
  }
  return format;
}

/** A whole number in the locale's digits and grouping ("1 377", "۱٬۳۷۷"). */
export function formatCount(value: number, locale: string): string {
  return cached(counts, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** A least-rating choice ("4,5"): at most one decimal. */
export function formatRatingChoice(value: number, locale: string): string {
  return cached(ratingChoices, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })).format(value);
}
