import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { discardFiles, savePrivateFile } from "@/lib/files/storage";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import type { FileError } from "./columns";
import { countPlanned, planCatalogImport } from "./plan-catalog-import";
import type { RowError } from "./validate-rows";

/** How many row errors a preview returns (the total is always given). */
export const PREVIEW_ERROR_LIMIT = 500;

export type CatalogImportPreview = {
  /** null when the file could not be read at all (nothing stored) */
  importId: string | null;
  fileName: string;
  rowCount: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  fileErrors: FileError[];
  errors: RowError[];
  errorCount: number;
};

function cleanFileName(name: string): string {
  const text = name.replace(/[\\/\u0000-\u001f]/g, "").trim();
  return (text || "catalogue.csv").slice(0, 200);
}

/**
 * Checks a catalogue file for the vendor's shop and says what an import would do: rows to create,
 * to update, unchanged, and every row's errors. Keeps the file (privately) and an import record
 * to commit later; writes nothing else.
 */
export async function previewCatalogImport(
  actor: Actor | null,
  input: { shopId: string; fileName: string; bytes: Uint8Array },
): Promise<CatalogImportPreview> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, input.shopId, { id: true });
  if (!(input.bytes instanceof Uint8Array) || input.bytes.byteLength === 0) {
    throw new AppError("VALIDATION", "no file", { file: "catalogImport.errors.noFile" });
  }
  const fileName = cleanFileName(input.fileName);
  const plan = await planCatalogImport(db, shop.id, input.bytes);
  const counts = countPlanned(plan.planned);
  const preview = {
    fileName,
    rowCount: plan.rowCount,
    ...counts,
    fileErrors: plan.fileErrors,
    errors: plan.errors.slice(0, PREVIEW_ERROR_LIMIT),
    errorCount: plan.errors.length,
  };
  if (plan.fileErrors.length > 0) return { importId: null, ...preview };

  const id = randomUUID();
  const fileKey = `imports/${shop.id}/${id}.csv`;
  // The file first (a failing store writes no row), and no file without its row.
  await savePrivateFile(fileKey, Buffer.from(input.bytes), "text/csv; charset=utf-8");
  try {
    await db.catalogImport.create({
      data: {
        id,
        shopId: shop.id,
        createdById: actor!.id,
        fileKey,
        fileName,
        rowCount: plan.rowCount,
        errorCount: plan.errors.length,
        createdCount: counts.toCreate,
        updatedCount: counts.toUpdate,
      },
    });
  } catch (error) {
    await discardFiles("private", [fileKey]);
    throw error;
  }
  return { importId: id, ...preview };
}
