import { formatMoneyInput } from "@/lib/money/parse-money";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import { productFieldsSchema } from "../product-schema";
import { missingForPublish } from "../publish-rule";
import { CSV_COLUMNS, KIND_WORDS, readWord, STATUS_WORDS, type ColumnKey } from "./columns";

// Checks every row of an import against the product rules and what the shop already has, without
// touching the database: the caller loads the ImportContext (one query per kind of lookup).

export type RowError = { line: number; column: string; message: string; values?: Record<string, string | number> };

export type ProductKindValue = "PHYSICAL" | "SERVICE" | "DIGITAL";
export type ProductStatusValue = "DRAFT" | "ACTIVE" | "ARCHIVED";

export type ImportedProductData = {
  title: string;
  shortDescription: string;
  description: string;
  kind: ProductKindValue;
  status: ProductStatusValue;
  categoryId: string | null;
  priceAmount: number;
  compareAtAmount: number | null;
  estimatedPrice: boolean;
  priceUnit: string | null;
  stockTracked: boolean;
  stock: number;
  hideWhenOutOfStock: boolean;
  weightGrams: number | null;
  shippingClassId: string | null;
};

export type ExistingProduct = ImportedProductData & {
  id: string;
  sku: string;
  imageCount: number;
  /** on moderation hold: the file may not put it online (docs/security.md, moderation) */
  moderationHeld?: boolean;
};

export type ImportContext = {
  /** the shop's products by SKU */
  existing: Map<string, ExistingProduct>;
  /** every category by slug: its id and whether products may be listed in it */
  categories: Map<string, { id: string; allowed: boolean }>;
  categorySlugById: Map<string, string>;
  /** the shop's shipping classes by name */
  shippingClasses: Map<string, string>;
  shippingClassNameById: Map<string, string>;
};

export type PlannedRow =
  | { line: number; sku: string; action: "create"; data: ImportedProductData }
  | {
      line: number;
      sku: string;
      action: "update" | "unchanged";
      productId: string;
      data: ImportedProductData;
      publishes: boolean;
    };

export type ValidatedRows = { planned: PlannedRow[]; errors: RowError[]; rowCount: number };

type Column = { key: ColumnKey; header: string; index: number };

// Schema field → CSV column.
const FIELD_COLUMN: Record<string, ColumnKey> = {
  title: "title",
  shortDescription: "shortDescription",
  description: "description",
  kind: "kind",
  categoryId: "category",
  price: "price",
  compareAtPrice: "compareAtPrice",
  estimatedPrice: "estimatedPrice",
  priceUnit: "priceUnit",
  stockTracked: "stockTracked",
  stock: "stock",
  hideWhenOutOfStock: "hideWhenOutOfStock",
  sku: "sku",
  weightGrams: "weightGrams",
  shippingClassId: "shippingClass",
};

const CANONICAL = new Map(CSV_COLUMNS.map((column) => [column.key as ColumnKey, column.header as string]));

/** The product's current values as the cells an export would write (the base a row overrides). */
function cellsOf(product: ExistingProduct, context: ImportContext): Record<string, string | boolean> {
  return {
    title: product.title,
    shortDescription: product.shortDescription,
    description: product.description,
    kind: product.kind,
    categoryId: product.categoryId ? (context.categorySlugById.get(product.categoryId) ?? "") : "",
    price: product.priceAmount > 0 ? formatMoneyInput(product.priceAmount, "fr") : "",
    compareAtPrice: product.compareAtAmount !== null ? formatMoneyInput(product.compareAtAmount, "fr") : "",
    estimatedPrice: product.estimatedPrice,
    priceUnit: product.priceUnit ?? "",
    stockTracked: product.stockTracked,
    stock: String(product.stock),
    hideWhenOutOfStock: product.hideWhenOutOfStock,
    sku: product.sku,
    weightGrams: product.weightGrams === null ? "" : String(product.weightGrams),
    shippingClassId: product.shippingClassId ? (context.shippingClassNameById.get(product.shippingClassId) ?? "") : "",
  };
}

function sameData(a: ImportedProductData, b: ImportedProductData): boolean {
  return (Object.keys(b) as (keyof ImportedProductData)[]).every((key) => {
    if (key === "stock" && !a.stockTracked && !b.stockTracked) return true;
    if (key === "priceUnit") return (a.priceUnit ?? "") === (b.priceUnit ?? "");
    return a[key] === b[key];
  });
}

export function validateRows(
  columns: Column[],
  rows: string[][],
  context: ImportContext,
  headerCount = columns.length,
): ValidatedRows {
  const schema = productFieldsSchema("fr");
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const columnName = (key: ColumnKey) => byKey.get(key)?.header ?? CANONICAL.get(key)!;
  const planned: PlannedRow[] = [];
  const errors: RowError[] = [];
  const firstLineOfSku = new Map<string, number>();
  let rowCount = 0;

  rows.forEach((cells, index) => {
    const line = index + 2; // the header is line 1
    if (cells.every((cell) => cell.trim() === "")) return;
    rowCount += 1;
    const rowErrors: RowError[] = [];
    const fail = (key: ColumnKey | "", message: string, values?: RowError["values"]) =>
      rowErrors.push({ line, column: key === "" ? "" : columnName(key), message, ...(values ? { values } : {}) });
    const cell = (key: ColumnKey): string | undefined => {
      const column = byKey.get(key);
      return column ? (cells[column.index] ?? "") : undefined;
    };
    if (cells.slice(headerCount).some((extra) => extra.trim() !== "")) fail("", "catalogImport.errors.tooManyCells");

    const sku = (cell("sku") ?? "").trim();
    if (sku === "") fail("sku", "catalogImport.errors.skuRequired");
    else if (firstLineOfSku.has(sku))
      fail("sku", "catalogImport.errors.skuDuplicate", { line: firstLineOfSku.get(sku)! });
    else firstLineOfSku.set(sku, line);
    const existing = sku === "" ? undefined : context.existing.get(sku);

    // The row's cells over the product's current values: a column left out of the file keeps them.
    const raw: Record<string, unknown> = existing ? cellsOf(existing, context) : {};
    for (const [field, key] of Object.entries(FIELD_COLUMN)) {
      const value = cell(key);
      if (value !== undefined) raw[field] = value;
    }
    const kindCell = cell("kind");
    if (kindCell !== undefined) {
      const kind = readWord(KIND_WORDS, kindCell);
      raw.kind = kind === undefined ? (existing?.kind ?? "") : (kind ?? kindCell);
    }
    let status: ProductStatusValue = existing?.status ?? "DRAFT";
    const statusCell = cell("status");
    if (statusCell !== undefined) {
      const word = readWord(STATUS_WORDS, statusCell);
      if (word === null) fail("status", "catalogImport.errors.statusInvalid");
      else if (word !== undefined) status = word;
    }

    // Cross-references are checked whatever the other cells say, so the row shows all its errors at once.
    const categorySlug = typeof raw.categoryId === "string" ? raw.categoryId.trim() : "";
    let categoryId: string | null = null;
    if (categorySlug !== "") {
      const category = context.categories.get(categorySlug);
      if (!category) fail("category", "catalogImport.errors.categoryUnknown", { slug: categorySlug });
      else if (!category.allowed) fail("category", "catalogImport.errors.categoryProhibited", { slug: categorySlug });
      else categoryId = category.id;
    }
    const shippingName = typeof raw.shippingClassId === "string" ? raw.shippingClassId.trim() : "";
    let shippingClassId: string | null = null;
    if (shippingName !== "") {
      shippingClassId = context.shippingClasses.get(shippingName) ?? null;
      if (!shippingClassId) fail("shippingClass", "catalogImport.errors.shippingClassUnknown", { name: shippingName });
    }

    const parsed = schema.safeParse({ ...raw, categoryId: null, shippingClassId: null });
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error)))
        fail(FIELD_COLUMN[field] ?? "", message);
    } else {
      const fields = parsed.data;
      const data: ImportedProductData = {
        title: fields.title,
        shortDescription: fields.shortDescription,
        description: fields.description,
        kind: fields.kind,
        status,
        categoryId,
        priceAmount: fields.priceAmount ?? 0,
        compareAtAmount: fields.compareAtAmount,
        estimatedPrice: fields.estimatedPrice,
        priceUnit: fields.priceUnit,
        stockTracked: fields.stockTracked,
        stock: fields.stockTracked ? fields.stock : (existing?.stock ?? 0),
        hideWhenOutOfStock: fields.hideWhenOutOfStock,
        weightGrams: fields.weightGrams,
        shippingClassId,
      };
      if (status === "ACTIVE" && existing?.moderationHeld && existing.status !== "ACTIVE")
        fail("status", "security.review.moderation.csvHeld");
      if (status === "ACTIVE") {
        const missing = missingForPublish({ ...data, imageCount: existing?.imageCount ?? 0 });
        // An online product is not refused for what it already lacked before this file.
        const before = existing?.status === "ACTIVE" ? new Set(missingForPublish(existing)) : new Set<string>();
        for (const item of missing)
          if (!before.has(item)) fail("status", `catalogImport.errors.publishMissing.${item}`);
      }
      if (rowErrors.length === 0) {
        if (!existing) planned.push({ line, sku, action: "create", data });
        else {
          const action = sameData(existing, data) ? "unchanged" : "update";
          planned.push({
            line,
            sku,
            action,
            productId: existing.id,
            data,
            publishes: status === "ACTIVE" && existing.status !== "ACTIVE",
          });
        }
      }
    }
    errors.push(...rowErrors);
  });
  return { planned, errors, rowCount };
}
