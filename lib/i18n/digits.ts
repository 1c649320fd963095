// Digits as people type them (docs/i18n.md): a Persian keyboard writes ۰-۹, an Arabic one ٠-٩,
// with their own decimal (٫) and grouping (٬) marks. Whatever reads a number from a person reads
// it through toLatinDigits first, so "۱۲۳" and "123" are the same quantity, price or postcode.

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as 0-9, the Arabic decimal mark ٫ as "." and grouping mark ٬ as ","; everything else unchanged. */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/\u066b/g, ".")
    .replace(/\u066c/g, ",");
}
