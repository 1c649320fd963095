import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import { readQualitySettings } from "./read-quality-settings";
import {
  qualitySettingsSchema,
  type QualitySettingsField,
  type UpdateQualitySettingsInput,
} from "./quality-settings-schema";
import {
  lockSettingsRow,
  rethrowStaleSettings,
  saveSettingsChanges,
  staleSettingsError,
} from "./save-settings-changes";

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
      await lockSettingsRow(tx);
      const current = await readQualitySettings(tx);
      if ((current.updatedAt?.toISOString() ?? "") !== loadedAt) throw staleSettingsError();
      const changed = (Object.keys(values) as QualitySettingsField[]).filter(
        (field) => values[field] !== current.values[field],
      );
      await saveSettingsChanges(tx, actor.id, current, values, changed);
      return { changed };
    });
  } catch (error) {
    rethrowStaleSettings(error);
  }
}
