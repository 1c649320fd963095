import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { readQualitySettings } from "./read-quality-settings";
import {
  qualitySettingsSchema,
  type QualitySettingsField,
  type UpdateQualitySettingsInput,
} from "./quality-settings-schema";
import { SETTINGS_ERRORS } from "./settings-schema";

const staleError = () =>
  new AppError("CONFLICT", "settings changed since the form was loaded", { form: SETTINGS_ERRORS.stale });

/**
 * Saves the quality thresholds and the low-stock threshold (docs/trust.md): like the rest of the
 * settings, checked whole first, then one transaction that writes the row and an AuditLog
 * `settings.updated` with the before and after of the fields that changed; CONFLICT when the row
 * changed since the form was loaded.
 */
export async function updateQualitySettings(
  actor: Actor | null,
  input: UpdateQualitySettingsInput,
): Promise<{ changed: QualitySettingsField[] }> {
  assertRole(actor, "OPERATOR");
  const { updatedAt: loadedAt, ...values } = parseInput(qualitySettingsSchema, input);
  try {
    return await getDb().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "MarketplaceSettings" WHERE "id" = 1 FOR UPDATE`;
      const current = await readQualitySettings(tx);
      if ((current.updatedAt?.toISOString() ?? "") !== loadedAt) throw staleError();
      const changed = (Object.keys(values) as QualitySettingsField[]).filter(
        (field) => values[field] !== current.values[field],
      );
      if (changed.length === 0) return { changed };
      const before = Object.fromEntries(changed.map((field) => [field, current.values[field]]));
      const after = Object.fromEntries(changed.map((field) => [field, values[field]]));
      if (current.updatedAt) await tx.marketplaceSettings.update({ where: { id: 1 }, data: after });
      else await tx.marketplaceSettings.create({ data: { ...values, id: 1 } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "settings.updated",
        entityType: "MarketplaceSettings",
        entityId: "1",
        data: { before, after },
      });
      return { changed };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw staleError();
    throw error;
  }
}
