import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { currencyInUse } from "./currency-in-use";
import { readQualitySettings } from "./read-quality-settings";
import type { QualitySettingsValues } from "./quality-settings-schema";
import { readSettingsRow } from "./read-settings-row";
import type { MarketplaceSettingsValues } from "./settings-schema";

export type MarketplaceSettingsView = {
  values: MarketplaceSettingsValues;
  /** when the row was last saved (ISO), sent back with the form to refuse a stale save; "" before the first */
  updatedAt: string;
  /** the plans a new shop may join by default: the active ones, in the order they are offered */
  plans: { id: string; name: string }[];
  /** amounts are stored already: the currency can no longer change */
  currencyLocked: boolean;
  /** the quality thresholds and the low-stock threshold, saved by their own form (docs/trust.md) */
  quality: QualitySettingsValues;
};

/** The marketplace's settings, for the operator's settings form. */
export async function getMarketplaceSettings(actor: Actor | null): Promise<MarketplaceSettingsView> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const [row, plans, currencyLocked, quality] = await Promise.all([
    readSettingsRow(db),
    db.plan.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    currencyInUse(db),
    readQualitySettings(db),
  ]);
  return {
    values: row.values,
    updatedAt: row.updatedAt?.toISOString() ?? "",
    plans,
    currencyLocked,
    quality: quality.values,
  };
}
