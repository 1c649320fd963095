// A shop's address on the storefront (/shops/<slug>): the name folded to lower-case ASCII.
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

export const MAX_SLUG_LENGTH = 60;

export function slugifyShopName(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[œæßøłđðþı]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
  // A name in another script (Arabic, Persian…) folds to nothing: give it a neutral base.
  return folded || "boutique";
}

/** The first free slug among base, base-2, base-3…, given the slugs already taken. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
