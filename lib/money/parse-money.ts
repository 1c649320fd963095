// Reads a price typed by a person ("12,50" in French, "12.50" or "1,234.50" in English, "12 €")
// into integer minor units, without ever going through a float. Returns null when the text is not
// a plain non-negative amount with at most the currency's number of decimals.

import { toLatinDigits } from "@/lib/i18n/digits";
import { MAX_ORDER_AMOUNT } from "./amount-limits";
import { minorUnitsOf } from "./currency";

/**
 * The most a typed amount may be: the largest order (lib/money/amount-limits.ts). Each form caps its
 * own amounts lower, with its own message (a product's price: MAX_UNIT_PRICE_AMOUNT).
 */
export const MAX_PRICE_AMOUNT = MAX_ORDER_AMOUNT;

// Intl formatters are costly to build; a CSV import parses tens of thousands of prices.
const separatorsByLocale = new Map<string, { decimal: string; group: string }>();

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

/**
 * The amount in minor units of `currency` (its decimals from minorUnitsOf: "12,5" EUR → 1250,
 * "150000" IRR → 150000), or null.
 */
export function parseMoney(input: string, locale: string, currency = "EUR"): number | null {
  const digits = minorUnitsOf(currency);
  const { decimal, group } = separators(locale);
  // Drop currency signs and codes (the currency's own too) and every kind of space (a French group
  // separator is a narrow no-break space).
  // Persian and Arabic-Indic digits and separators ("۱۵۰٬۰۰۰") read as their Latin forms.
  let text = toLatinDigits(input.trim())
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/[€$£¥﷼]|EUR|USD|GBP|CHF|MAD|XOF|XAF|TND|ریال|تومان/gi, "");
  if (/^[A-Za-z]{3}$/.test(currency)) text = text.replace(new RegExp(currency, "gi"), "");
  if (text === "" || text.startsWith("-")) return null;
  // A currency without decimals: a mark followed by three digits can only group thousands
  // ("150.000" or "150,000" rials).
  if (digits === 0 && /^\d{1,3}([.,]\d{3})+$/.test(text)) text = text.replace(/[.,]/g, "");
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
  const match = new RegExp(`^(\\d{1,10})(?:\\${decimal}(\\d*))?$`).exec(text);
  if (!match) return null;
  const [, units, fraction = ""] = match;
  if (fraction.length > digits) return null;
  const amount = Number(units) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(amount) && amount <= MAX_PRICE_AMOUNT ? amount : null;
}

/** The amount as a person types it back into a form: 1250 → "12,50" (fr), "12.50" (en). */
export function formatMoneyInput(amount: number, locale: string, currency = "EUR"): string {
  const digits = minorUnitsOf(currency);
  const { decimal } = separators(locale);
  const units = Math.trunc(amount / 10 ** digits);
  const fraction = String(amount % 10 ** digits).padStart(digits, "0");
  return digits > 0 ? `${units}${decimal}${fraction}` : String(units);
}
