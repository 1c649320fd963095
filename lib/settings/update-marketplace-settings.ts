import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { currencyInUse } from "./currency-in-use";
import { readSettingsRow } from "./read-settings-row";
import {
  lockSettingsRow,
  rethrowStaleSettings,
  saveSettingsChanges,
  staleSettingsError,
} from "./save-settings-changes";
import {
  marketplaceSettingsSchema,
  SETTINGS_ERRORS,
  type MarketplaceSettingsValues,
  type UpdateMarketplaceSettingsInput,
} from "./settings-schema";

export type UpdateMarketplaceSettingsRequest = {
  /** the language the form was typed in: how "1,50" and "1,5 %" read */
  locale: string;
  fields: UpdateMarketplaceSettingsInput;
};

type Field = keyof MarketplaceSettingsValues;

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join("\u0000") === b.join("\u0000") : a === b;
}

/**
 * Saves the operator's marketplace settings (docs/business-models.md, marketplace settings): checked whole
 * before anything is written, then one transaction that writes the row and an AuditLog
 * `settings.updated` with the before and after of the fields that changed. Refused with CONFLICT
 * when the row changed since the form was loaded (its updatedAt), so two operators never
 * overwrite each other silently. No e-mail: the settings concern the marketplace, not a person.
 */
export async function updateMarketplaceSettings(
  actor: Actor | null,
  input: UpdateMarketplaceSettingsRequest,
): Promise<{ changed: Field[] }> {
  assertRole(actor, "OPERATOR");
  const locale = isLocale(input?.locale) ? input.locale : DEFAULT_LOCALE;
  const { updatedAt: loadedAt, values } = parseInput(marketplaceSettingsSchema(locale), input?.fields);

  try {
    return await getDb().$transaction(async (tx) => {
      await lockSettingsRow(tx);
      const current = await readSettingsRow(tx);
      if ((current.updatedAt?.toISOString() ?? "") !== loadedAt) throw staleSettingsError();

      const changed = (Object.keys(values) as Field[]).filter(
        (field) => !sameValue(values[field], current.values[field]),
      );
      const fieldErrors: Record<string, string> = {};
      if (changed.includes("currency") && (await currencyInUse(tx)))
        fieldErrors.currency = SETTINGS_ERRORS.currencyLocked;
      if (values.defaultPlanId !== null) {
        const plan = await tx.plan.findFirst({
          where: { id: values.defaultPlanId, active: true },
          select: { id: true },
        });
        if (!plan) fieldErrors.defaultPlanId = SETTINGS_ERRORS.defaultPlanInactive;
      }
      if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "invalid settings", fieldErrors);
      await saveSettingsChanges(tx, actor.id, current, values, changed);
      return { changed };
    });
  } catch (error) {
    rethrowStaleSettings(error);
  }
}
