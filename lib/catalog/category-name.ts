/**
 * A category's name in the viewer's locale, from Category.names ({ "fr": …, "en": … }). `names` is
 * unknown: a JSON column, whose shape the database does not enforce.
 */
export function categoryName(names: unknown, locale: string, fallbackLocale = "fr"): string | null {
  if (names === null || typeof names !== "object" || Array.isArray(names)) return null;
  const byLocale = names as Record<string, unknown>;
  for (const candidate of [locale, fallbackLocale]) {
    const name = byLocale[candidate];
    if (typeof name === "string" && name.trim() !== "") return name;
  }
  return null;
}
