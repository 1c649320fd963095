/** "one" or "other" for a count in the locale: picks between a message's two forms. */
export function pluralForm(locale: string, count: number): "one" | "other" {
  return new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
}
