import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/lib/i18n/config";
import { recordTomanDisplay } from "@/lib/money/display-unit";
import { DEFAULT_SETTINGS, SETTINGS_SELECT } from "./default-settings";
import type { MarketplaceSettingsValues } from "./settings-schema";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type SettingsRow = { values: MarketplaceSettingsValues; updatedAt: Date | null };

/**
 * Row 1 of MarketplaceSettings as the form's values, or the defaults (updatedAt null) before it
 * exists. Locales Halle has no catalogue for are left out: they cannot be offered.
 */
export async function readSettingsRow(db: Db): Promise<SettingsRow> {
  const row = await db.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { ...SETTINGS_SELECT, updatedAt: true },
  });
  // Every read also records how rials are shown, for formatMoney (lib/money/display-unit.ts).
  recordTomanDisplay(row?.tomanDisplay ?? DEFAULT_SETTINGS.tomanDisplay);
  if (!row) return { values: DEFAULT_SETTINGS, updatedAt: null };
  const { updatedAt, locales: stored, defaultLocale: storedDefault, ...values } = row;
  const known = LOCALES.filter((locale) => stored.includes(locale));
  const locales = known.length > 0 ? known : [DEFAULT_LOCALE];
  const defaultLocale = isLocale(storedDefault) && locales.includes(storedDefault) ? storedDefault : locales[0];
  return { values: { ...values, locales, defaultLocale }, updatedAt };
}
