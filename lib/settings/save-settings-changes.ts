import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SETTINGS_ERRORS } from "./settings-schema";

/** The row changed since the form was loaded (its updatedAt), or two first saves met. */
export const staleSettingsError = () =>
  new AppError("CONFLICT", "settings changed since the form was loaded", { form: SETTINGS_ERRORS.stale });

/** One save of the settings row at a time: the second waits here, then finds the row changed. */
export async function lockSettingsRow(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "MarketplaceSettings" WHERE "id" = 1 FOR UPDATE`;
}

/**
 * Writes the fields that changed (or creates the row on the first save, with every value) and an
 * AuditLog `settings.updated` with their before and after. Every settings form saves through it.
 */
export async function saveSettingsChanges<F extends string>(
  tx: Prisma.TransactionClient,
  actorId: string,
  current: { updatedAt: Date | null; values: Record<F, unknown> },
  values: Record<F, unknown>,
  changed: F[],
): Promise<void> {
  if (changed.length === 0) return;
  const before = Object.fromEntries(changed.map((field) => [field, current.values[field]]));
  const after = Object.fromEntries(changed.map((field) => [field, values[field]]));
  if (current.updatedAt) await tx.marketplaceSettings.update({ where: { id: 1 }, data: after });
  else
    await tx.marketplaceSettings.create({
      data: { ...(values as Prisma.MarketplaceSettingsUncheckedCreateInput), id: 1 },
    });
  await recordAudit(tx, {
    actorId,
    action: "settings.updated",
    entityType: "MarketplaceSettings",
    entityId: "1",
    data: { before, after } as Prisma.InputJsonValue,
  });
}

/** Two first saves at once: the second one's row already exists. */
export function rethrowStaleSettings(error: unknown): never {
  if (isUniqueViolation(error)) throw staleSettingsError();
  throw error;
}
