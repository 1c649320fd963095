import unitsEn from "@/lib/i18n/messages/units.en.json";
import unitsFa from "@/lib/i18n/messages/units.fa.json";
import unitsFr from "@/lib/i18n/messages/units.fr.json";
import { minorUnitsOf } from "./currency";
import { showsToman } from "./display-unit";

const TOMAN: Record<string, string> = { fr: unitsFr.toman, en: unitsEn.toman, fa: unitsFa.toman };
const tomanFormats = new Map<string, Intl.NumberFormat>();

/** 1 250 000 rials → "۱۲۵٬۰۰۰ تومان" (fa), "125,000 toman" (en); a rial short of ten shows as a tenth. */
export function formatToman(rials: number, locale: string): string {
  let format = tomanFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    tomanFormats.set(locale, format);
  }
  const unit = TOMAN[locale.slice(0, 2)] ?? TOMAN.en;
  return `${format.format(rials / 10)}\u00a0${unit}`;
}

// Building an Intl.NumberFormat costs far more than using one (a search page formats dozens of
// prices): one formatter per locale and currency, kept for the life of the process.
const formatters = new Map<string, { format: Intl.NumberFormat; divisor: number }>();

function currencyFormatter(locale: string, currency: string) {
  const key = `${locale}|${currency}`;
  let entry = formatters.get(key);
  if (!entry) {
    // The decimals are the currency's minor units whatever the locale, so what parseMoney reads
    // and what is shown always agree (IRR: none, EUR: two).
    const digits = minorUnitsOf(currency);
    const format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    entry = { format, divisor: 10 ** digits };
    formatters.set(key, entry);
  }
  return entry;
}

/**
 * Formats an amount of minor units (cents) in the viewer's locale, e.g. 1250 EUR → "12,50 €" (fr).
 * The currency's own number of decimals decides the divisor (JPY has none), so no float ever
 * carries a price: the division happens only here, at display.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  if (!Number.isInteger(amount)) throw new RangeError(`amount must be an integer of minor units, got ${amount}`);
  if (showsToman(currency)) return formatToman(amount, locale);
  const { format, divisor } = currencyFormatter(locale, currency);
  return format.format(amount / divisor);
}
