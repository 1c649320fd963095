// Reads a price typed by a person ("12,50" in French, "12.50" or "1,234.50" in English, "12 €")
// into integer minor units, without ever going through a float. Returns null when the text is not
// a plain non-negative amount with at most the currency's number of decimals.

export const MAX_PRICE_AMOUNT = 100_000_000; // 1,000,000.00 in a two-decimal currency

// Intl formatters are costly to build; a CSV import parses tens of thousands of prices.
const digitsByCurrency = new Map<string, number>();
const separatorsByLocale = new Map<string, { decimal: string; group: string }>();

function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** The locale's decimal and grouping separators, from Intl ("fr" → "," and a narrow space). */
function separators(locale: string): { decimal: string; group: string } {
  let found = separatorsByLocale.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = {
      decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
      group: parts.find((part) => part.type === "group")?.value ?? ",",
    };
    separatorsByLocale.set(locale, found);
  }
  return found;
}

export function parseMoney(input: string, locale: string, currency = "EUR"): number | null {
  const digits = currencyDigits(currency);
  const { decimal, group } = separators(locale);
  // Drop currency signs and every kind of space (a French group separator is a narrow no-break space).
  let text = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/[€$£¥]|EUR|USD|GBP|CHF|MAD|XOF|XAF|TND/gi, "");
  if (text === "" || text.startsWith("-")) return null;
  if (group.trim() !== "" && group !== decimal) {
    // "1.234,50" in French, "1,234.50" in English: a group separator must be followed by 3 digits.
    const groupPattern = new RegExp(`\\${group}(?=\\d{3}(\\D|$))`, "g");
    text = text.replace(groupPattern, "");
  }
  const other = decimal === "," ? "." : ",";
  // Both marks present ("1.234,50", or "1,234.50" typed in French): the last one is the decimal
  // mark, the earlier ones group thousands.
  if (text.includes(",") && text.includes(".")) {
    const last = Math.max(text.lastIndexOf(","), text.lastIndexOf("."));
    const whole = text.slice(0, last);
    const groupMark = text[last] === "," ? "." : ",";
    if (!new RegExp(`^\\d{1,3}(\\${groupMark}\\d{3})+$`).test(whole)) return null;
    text = `${whole.split(groupMark).join("")}${decimal}${text.slice(last + 1)}`;
  }
  // Accept the other common decimal mark too when it cannot be a group separator ("12.50" in French).
  if (!text.includes(decimal) && text.split(other).length === 2 && /^\d+[.,]\d{1,3}$/.test(text))
    text = text.replace(other, decimal);
  const match = new RegExp(`^(\\d{1,9})(?:\\${decimal}(\\d*))?$`).exec(text);
  if (!match) return null;
  const [, units, fraction = ""] = match;
  if (fraction.length > digits) return null;
  const amount = Number(units) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(amount) && amount <= MAX_PRICE_AMOUNT ? amount : null;
}

/** The amount as a person types it back into a form: 1250 → "12,50" (fr), "12.50" (en). */
export function formatMoneyInput(amount: number, locale: string, currency = "EUR"): string {
  const digits = currencyDigits(currency);
  const { decimal } = separators(locale);
  const units = Math.trunc(amount / 10 ** digits);
  const fraction = String(amount % 10 ** digits).padStart(digits, "0");
  return digits > 0 ? `${units}${decimal}${fraction}` : String(units);
}
