// Text folded to a URL slug: lower-case ASCII words joined by hyphens ("Miel d'acacia (500 g)" →
// "miel-dacacia-500-g"). Accents are dropped, ligatures spelled out; text in another script folds
// to nothing, so callers give a fallback.
const LIGATURES: Record<string, string> = {
  œ: "oe",
  æ: "ae",
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

export function slugify(text: string, { fallback, maxLength = 80 }: { fallback: string; maxLength?: number }): string {
  const folded = text
    .toLowerCase()
    .replace(/[œæßøłđðþı]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return folded || fallback;
}
