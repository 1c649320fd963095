// Rates are stored in basis points (1 % = 100 bps, docs/domain.md, money); people type them as
// percentages ("1,5 %", "1.5", "10"). Read as text, never through a float.

import { toLatinDigits } from "@/lib/i18n/digits";

/** Largest rate a percentage field reads: 100 %. Each field sets its own, tighter bounds. */
const MAX_BPS = 10_000;

/** "1,5 %" or "1.5" → 150; "10" → 1000; "0,25" → 25. Null when not a plain percentage with at most two decimals. */
export function parsePercent(input: string): number | null {
  // Spaces only before the sign ("1,5 %", a narrow no-break space in French): "1 5" is not a rate.
  // Persian digits and marks as Latin ones ("۱٫۵ ٪" is "1.5 %").
  const text = toLatinDigits(input.trim()).replace(/[\s\u00a0\u202f]*[%\u066a]$/, "");
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(text);
  if (!match) return null;
  const [, units, fraction = ""] = match;
  const bps = Number(units) * 100 + Number(fraction.padEnd(2, "0"));
  return bps <= MAX_BPS ? bps : null;
}

/** The rate as a person types it back: 150 → "1,5" (fr), "1.5" (en); 1000 → "10". */
export function formatPercentInput(bps: number, locale: string): string {
  const decimal =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";
  const units = Math.trunc(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${units}${decimal}${fraction}` : String(units);
}
