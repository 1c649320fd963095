import { slugify } from "@/lib/text/slugify";

// A shop's address on the storefront (/shops/<slug>): the name folded to lower-case ASCII.
export const MAX_SLUG_LENGTH = 60;

export function slugifyShopName(name: string): string {
  // A name in another script (Arabic, Persian…) folds to nothing: give it a neutral base.
  return slugify(name, { fallback: "boutique", maxLength: MAX_SLUG_LENGTH });
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
