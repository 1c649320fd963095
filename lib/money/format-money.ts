/**
 * Formats an amount of minor units (cents) in the viewer's locale, e.g. 1250 EUR → "12,50 €" (fr).
 * The currency's own number of decimals decides the divisor (JPY has none), so no float ever
 * carries a price: the division happens only here, at display.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  if (!Number.isInteger(amount)) throw new RangeError(`amount must be an integer of minor units, got ${amount}`);
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amount / 10 ** digits);
}
