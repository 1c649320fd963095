// Weekday names in the viewer's language, Monday first (our opening hours are Monday first).
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2026, 0, 5 + day))));
}

/** "FR" → "France", in the viewer's language; an unknown code is shown as is. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code; // not a valid region code: show what is stored rather than fail the page
  }
}
