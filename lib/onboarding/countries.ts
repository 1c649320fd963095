// The countries a shop may be located in or ship to (ISO 3166-1 alpha-2). Names are shown with
// Intl.DisplayNames in the viewer's locale, so no name is stored here.
export const SUPPORTED_COUNTRIES = [
  "FR",
  "BE",
  "CH",
  "LU",
  "DE",
  "ES",
  "IT",
  "NL",
  "GB",
  "PT",
  "MA",
  "TN",
  "SN",
  "CI",
  "CM",
] as const;

export type SupportedCountry = (typeof SUPPORTED_COUNTRIES)[number];

export function isSupportedCountry(value: unknown): value is SupportedCountry {
  return typeof value === "string" && (SUPPORTED_COUNTRIES as readonly string[]).includes(value);
}

/** The supported countries with their names in a locale, sorted by name. */
export function countryOptions(locale: string): { value: SupportedCountry; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return SUPPORTED_COUNTRIES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}
