import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import type { UpdateQualitySettingsInput } from "@/lib/settings/quality-settings-schema";
import { updateQualitySettings } from "@/lib/settings/update-quality-settings";
import { createUser, refusal } from "../sellers/fixtures";
import { loadedAt } from "./settings-fixtures";

// The quality thresholds and the low-stock threshold (docs/trust.md): saved by the operator only,
// whole or not at all, audited, refused when stale. Tests run in order on one database.

let operator: Actor;
let vendor: Actor;
let shopper: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  vendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
});

const form = (updatedAt: string, changes: Partial<UpdateQualitySettingsInput> = {}): UpdateQualitySettingsInput => ({
  updatedAt,
  qualityWindowDays: "30",
  qualityMinOrders: "5",
  qualityMinAcceptanceRateBps: "80",
  qualityMaxAnswerHours: "24",
  qualityMaxExpiredRateBps: "5",
  qualityMaxLateShipmentRateBps: "10",
  qualityMaxCancellationRateBps: "5",
  qualityMaxClaimsRateBps: "10",
  qualityMaxMessageResponseHours: "48",
  qualityMinRating: "3,5",
  qualityAlertPeriodDays: "30",
  lowStockThreshold: "3",
  ...changes,
});

async function snapshot() {
  const db = getDb();
  return {
    row: await db.marketplaceSettings.findUnique({ where: { id: 1 } }),
    audits: await db.auditLog.count({ where: { entityType: "MarketplaceSettings" } }),
  };
}

describe("updateQualitySettings", () => {
  it("reads the defaults, then saves the changed fields, audited", async () => {
    expect((await getMarketplaceSettings(operator)).quality).toMatchObject({
      qualityWindowDays: 30,
      qualityMinRating: 350,
      lowStockThreshold: 3,
    });
    const { changed } = await updateQualitySettings(
      operator,
      form(await loadedAt(), { qualityWindowDays: "90", qualityMinRating: "4", lowStockThreshold: "5" }),
    );
    expect(changed.sort()).toEqual(["lowStockThreshold", "qualityMinRating", "qualityWindowDays"]);
    const { row } = await snapshot();
    expect(row).toMatchObject({ qualityWindowDays: 90, qualityMinRating: 400, lowStockThreshold: 5, name: "Halle" });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityType: "MarketplaceSettings", action: "settings.updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toEqual({
      before: { qualityWindowDays: 30, qualityMinRating: 350, lowStockThreshold: 3 },
      after: { qualityWindowDays: 90, qualityMinRating: 400, lowStockThreshold: 5 },
    });
  });

  it("refuses bad input, a stale form and anyone but an operator, changing nothing", async () => {
    const before = await snapshot();
    const now = await loadedAt();
    const bad = await refusal(
      updateQualitySettings(operator, form(now, { qualityMinRating: "6", qualityMinOrders: "" })),
    );
    expect(bad).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { qualityMinRating: "settings.errors.ratingRange", qualityMinOrders: "settings.errors.countRange" },
    });
    expect((await refusal(updateQualitySettings(operator, form("2020-01-01T00:00:00.000Z")))).code).toBe("CONFLICT");
    expect((await refusal(updateQualitySettings(vendor, form(now, { lowStockThreshold: "9" })))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(updateQualitySettings(shopper, form(now, { lowStockThreshold: "9" })))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(updateQualitySettings(null, form(now, { lowStockThreshold: "9" })))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await snapshot()).toEqual(before);
  });
});
