import { minorUnitsOf } from "@/lib/money/currency";

/** "5 déc. 2026": a chart day ("YYYY-MM-DD", already a date of the marketplace's zone) in the viewer's locale. */
export function formatDay(day: string, locale: string, style: "medium" | "short" = "medium"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "medium" ? { dateStyle: "medium", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${day}T12:00:00Z`));
}

/** An axis amount without decimals ("1 500 €"): the axis ticks are round, the exact figures are in the table. */
export function formatAxisAmount(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount / 10 ** minorUnitsOf(currency));
}
