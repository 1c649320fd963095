/** A rate in basis points as the viewer reads it: 1000 → "10 %" (fr), "10%" (en); 1250 → "12,5 %". */
export function formatRate(rateBps: number, locale: string): string {
  // Display only: the rate is never computed with from here.
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(rateBps / 10_000);
}
