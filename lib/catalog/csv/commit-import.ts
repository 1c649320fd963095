import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readPrivateFile } from "@/lib/files/storage";
import { parseIdOrThrow } from "@/lib/parse-id";
import { countPlanned, planCatalogImport } from "./plan-catalog-import";
import type { FileError } from "./columns";
import type { PlannedRow, RowError } from "./validate-rows";
import { insertPlannedRows, updatePlannedRows } from "./write-planned-rows";

/** VALIDATION carrying the rows' errors: the catalogue changed since the preview. */
export class CatalogImportInvalidError extends AppError {
  constructor(
    readonly fileErrors: FileError[],
    readonly rowErrors: RowError[],
  ) {
    super("VALIDATION", "catalogue import no longer valid", { file: "catalogImport.errors.noLongerValid" });
  }
}

async function readStoredFile(fileKey: string): Promise<Uint8Array> {
  const file = await readPrivateFile(fileKey);
  if (!file) throw new Error(`stored import file missing: ${fileKey}`);
  return file.body;
}

/**
 * Applies a previewed import: re-reads the file, checks it again against the catalogue as it is now
 * and, only when every row is valid, creates and updates the products by SKU in one transaction.
 * An import is committed once (CONFLICT after that); any error → VALIDATION, nothing written.
 * `importId` is the preview's (null when the file could not be read: there is nothing to commit).
 */
export async function commitCatalogImport(
  actor: Actor | null,
  input: { importId: string | null },
): Promise<{ created: number; updated: number; unchanged: number }> {
  assertRole(actor, "VENDOR");
  const importId = parseIdOrThrow(input.importId);
  const db = getDb();
  const found = await db.catalogImport.findFirst({
    where: { id: importId, shop: { ownerId: actor.id } },
    select: { id: true, shopId: true, status: true, fileKey: true, fileName: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (found.status !== "PREVIEWED") throw new AppError("CONFLICT");
  const bytes = await readStoredFile(found.fileKey);

  return db.$transaction(
    async (tx) => {
      // One import at a time per shop, and each import once.
      await tx.$queryRaw`SELECT id FROM "Shop" WHERE id = ${found.shopId} FOR UPDATE`;
      const claimed = await tx.catalogImport.updateMany({
        where: { id: found.id, shopId: found.shopId, status: "PREVIEWED" },
        data: { status: "COMMITTED", committedAt: new Date() },
      });
      if (claimed.count !== 1) throw new AppError("CONFLICT");

      const plan = await planCatalogImport(tx, found.shopId, bytes);
      if (plan.fileErrors.length > 0 || plan.errors.length > 0)
        throw new CatalogImportInvalidError(plan.fileErrors, plan.errors);

      const now = new Date();
      await insertPlannedRows(
        tx,
        found.shopId,
        plan.planned.filter((row): row is Extract<PlannedRow, { action: "create" }> => row.action === "create"),
        now,
      );
      await updatePlannedRows(
        tx,
        found.shopId,
        plan.planned.filter((row): row is Extract<PlannedRow, { productId: string }> => row.action === "update"),
        now,
      );
      const counts = countPlanned(plan.planned);
      await tx.catalogImport.update({
        where: { id: found.id },
        data: { rowCount: plan.rowCount, errorCount: 0, createdCount: counts.toCreate, updatedCount: counts.toUpdate },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "catalog.imported",
        entityType: "CatalogImport",
        entityId: found.id,
        data: {
          shopId: found.shopId,
          fileName: found.fileName,
          created: counts.toCreate,
          updated: counts.toUpdate,
          unchanged: counts.unchanged,
        },
      });
      return { created: counts.toCreate, updated: counts.toUpdate, unchanged: counts.unchanged };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
