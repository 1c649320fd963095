import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { matchHeaders, type FileError } from "./columns";
import { decodeCsv } from "./decode-csv";
import { loadImportContext } from "./load-import-context";
import { validateRows, type PlannedRow, type RowError } from "./validate-rows";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type ImportPlan = { fileErrors: FileError[]; errors: RowError[]; planned: PlannedRow[]; rowCount: number };

/** Reads a catalogue file and checks every row against the shop's current catalogue; writes nothing. */
export async function planCatalogImport(db: Db, shopId: string, bytes: Uint8Array): Promise<ImportPlan> {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return { fileErrors: decoded.errors, errors: [], planned: [], rowCount: 0 };
  const headers = matchHeaders(decoded.headers);
  if (!headers.ok) return { fileErrors: headers.errors, errors: [], planned: [], rowCount: 0 };
  const context = await loadImportContext(db, shopId);
  const { planned, errors, rowCount } = validateRows(headers.columns, decoded.rows, context, decoded.headers.length);
  if (rowCount === 0)
    return { fileErrors: [{ message: "catalogImport.errors.noRows" }], errors: [], planned: [], rowCount: 0 };
  return { fileErrors: [], errors, planned, rowCount };
}

export function countPlanned(planned: PlannedRow[]) {
  return {
    toCreate: planned.filter((row) => row.action === "create").length,
    toUpdate: planned.filter((row) => row.action === "update").length,
    unchanged: planned.filter((row) => row.action === "unchanged").length,
  };
}
