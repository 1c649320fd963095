import { toLatinDigits } from "@/lib/i18n/digits";

// The query side of search.normalize (prisma/migrations/20261206020000_persian_search): what the
// shopper typed, with Arabic and Persian letter forms, diacritics, tatweel, invisible marks and
// digits made the same as in the indexed documents (docs/i18n.md, search in Persian). Both must
// stay identical: tests/integration/search/persian-search.test.ts compares them.

const REMOVED = /[\u0640\u064b-\u065f\u0670\u0621\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]/g;

const LETTERS: Record<string, string> = {
  "\u064a": "\u06cc", // ي → ی
  "\u0649": "\u06cc", // ى → ی
  "\u0643": "\u06a9", // ك → ک
  "\u0629": "\u0647", // ة → ه
  "\u06c0": "\u0647", // ۀ → ه
  "\u06be": "\u0647", // ھ → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
};
const LETTER_FORMS = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/**
 * The text as search compares it: ي ى → ی, ك → ک, ة ۀ → ه, ؤ → و, أ إ آ → ا, Persian and
 * Arabic-Indic digits → 0-9, and no tatweel, diacritics, lone hamza or ZWNJ ("می‌شود" → "میشود":
 * documents index a word holding a ZWNJ both joined and split, see the migration).
 */
export function normalizePersian(text: string): string {
  return toLatinDigits(text.replace(REMOVED, "").replace(LETTER_FORMS, (letter) => LETTERS[letter]));
}

/** Whether the text holds Arabic-script letters (then the query goes through search.persian too). */
export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}
