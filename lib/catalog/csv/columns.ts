// The catalogue CSV's columns: one canonical (English) header each, written by the export, plus
// the French names a vendor may type instead. Headers match whatever their case and accents.

export const CSV_COLUMNS = [
  { key: "sku", header: "sku", aliases: ["référence", "reference", "ref"] },
  { key: "title", header: "title", aliases: ["titre"] },
  { key: "shortDescription", header: "short_description", aliases: ["description_courte"] },
  { key: "description", header: "description", aliases: [] },
  { key: "kind", header: "kind", aliases: ["type"] },
  { key: "category", header: "category", aliases: ["catégorie"] },
  { key: "price", header: "price", aliases: ["prix"] },
  { key: "compareAtPrice", header: "compare_at_price", aliases: ["prix_barré"] },
  { key: "estimatedPrice", header: "estimated_price", aliases: ["prix_estimé"] },
  { key: "priceUnit", header: "price_unit", aliases: ["unité"] },
  { key: "stockTracked", header: "stock_tracked", aliases: ["stock_suivi"] },
  { key: "stock", header: "stock", aliases: [] },
  { key: "hideWhenOutOfStock", header: "hide_when_out_of_stock", aliases: ["masquer_si_épuisé"] },
  { key: "weightGrams", header: "weight_grams", aliases: ["poids_g"] },
  { key: "shippingClass", header: "shipping_class", aliases: ["classe_livraison"] },
  { key: "status", header: "status", aliases: ["statut"] },
] as const;

export type ColumnKey = (typeof CSV_COLUMNS)[number]["key"];
export const REQUIRED_COLUMNS: ColumnKey[] = ["sku", "title", "price"];

/** A problem with the whole file (nothing in it is imported): a message key and its values. */
export type FileError = { message: string; values?: Record<string, string | number> };

/** "Prix Barré", "prix-barre", " PRIX_BARRÉ " → "prix_barre". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

const BY_NAME = new Map<string, ColumnKey>();
for (const column of CSV_COLUMNS) {
  for (const name of [column.header, ...column.aliases]) BY_NAME.set(normalizeHeader(name), column.key);
}

export type HeaderMatch =
  { ok: true; columns: { key: ColumnKey; header: string; index: number }[] } | { ok: false; errors: FileError[] };

/** Maps the file's header cells to columns; unknown, duplicate or missing required columns are file errors. */
export function matchHeaders(headers: string[]): HeaderMatch {
  const errors: FileError[] = [];
  const columns: { key: ColumnKey; header: string; index: number }[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<ColumnKey>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === "") return;
    const key = BY_NAME.get(normalizeHeader(header));
    if (!key) unknown.push(header);
    else if (seen.has(key)) duplicates.push(header);
    else {
      seen.add(key);
      columns.push({ key, header, index });
    }
  });
  if (unknown.length > 0)
    errors.push({ message: "catalogImport.errors.unknownColumns", values: { columns: unknown.join(", ") } });
  if (duplicates.length > 0)
    errors.push({ message: "catalogImport.errors.duplicateColumns", values: { columns: duplicates.join(", ") } });
  const missing = REQUIRED_COLUMNS.filter((key) => !seen.has(key)).map(
    (key) => CSV_COLUMNS.find((c) => c.key === key)!.header,
  );
  if (missing.length > 0)
    errors.push({ message: "catalogImport.errors.missingColumns", values: { columns: missing.join(", ") } });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columns };
}

// Cell values in either language, written by the export in the viewer's language.
export const KIND_WORDS: Record<string, "PHYSICAL" | "SERVICE" | "DIGITAL"> = {
  physical: "PHYSICAL",
  physique: "PHYSICAL",
  service: "SERVICE",
  digital: "DIGITAL",
  numerique: "DIGITAL",
};
export const STATUS_WORDS: Record<string, "DRAFT" | "ACTIVE"> = {
  draft: "DRAFT",
  brouillon: "DRAFT",
  online: "ACTIVE",
  en_ligne: "ACTIVE",
  active: "ACTIVE",
};

export const EXPORT_WORDS = {
  fr: {
    PHYSICAL: "physique",
    SERVICE: "service",
    DIGITAL: "numérique",
    DRAFT: "brouillon",
    ACTIVE: "en ligne",
    yes: "oui",
    no: "non",
  },
  en: {
    PHYSICAL: "physical",
    SERVICE: "service",
    DIGITAL: "digital",
    DRAFT: "draft",
    ACTIVE: "online",
    yes: "yes",
    no: "no",
  },
} as const;

/** A kind or status cell → its enum value, or null when the word is unknown (empty → undefined). */
export function readWord<T extends string>(words: Record<string, T>, cell: string): T | null | undefined {
  const word = normalizeHeader(cell);
  if (word === "") return undefined;
  return words[word] ?? null;
}
