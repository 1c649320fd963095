import { describe, expect, it } from "vitest";
import { qualitySettingsSchema, type UpdateQualitySettingsInput } from "./quality-settings-schema";

// The quality thresholds as the settings page sends them (docs/trust.md, warnings before exclusion).

const form: UpdateQualitySettingsInput = {
  updatedAt: "",
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
};

describe("qualitySettingsSchema", () => {
  it("reads the defaults into the row's units", () => {
    expect(qualitySettingsSchema.parse(form)).toEqual({
      updatedAt: "",
      qualityWindowDays: 30,
      qualityMinOrders: 5,
      qualityMinAcceptanceRateBps: 8000,
      qualityMaxAnswerHours: 24,
      qualityMaxExpiredRateBps: 500,
      qualityMaxLateShipmentRateBps: 1000,
      qualityMaxCancellationRateBps: 500,
      qualityMaxClaimsRateBps: 1000,
      qualityMaxMessageResponseHours: 48,
      qualityMinRating: 350,
      qualityAlertPeriodDays: 30,
      lowStockThreshold: 3,
    });
  });

  it.each<[keyof UpdateQualitySettingsInput, string, number]>([
    ["qualityWindowDays", "90", 90],
    ["qualityMinRating", "4.25", 425],
    ["qualityMinRating", "1", 100],
    ["qualityMinRating", "5", 500],
    ["qualityMaxLateShipmentRateBps", "12,5 %", 1250],
    ["qualityMinAcceptanceRateBps", "100", 10000],
    ["lowStockThreshold", "0", 0],
    ["qualityAlertPeriodDays", "7", 7],
    ["lowStockThreshold", "۵", 5],
    ["qualityMaxAnswerHours", "٤٨", 48],
    ["qualityMaxLateShipmentRateBps", "۱۲٫۵ ٪", 1250],
  ])("accepts %s = %s", (field, value, expected) => {
    expect(qualitySettingsSchema.parse({ ...form, [field]: value })[field]).toBe(expected);
  });

  it.each<[keyof UpdateQualitySettingsInput, string, string]>([
    ["qualityWindowDays", "60", "settings.errors.choiceInvalid"],
    ["qualityMinOrders", "0", "settings.errors.countRange"],
    ["qualityMinOrders", "1001", "settings.errors.countRange"],
    ["qualityMaxAnswerHours", "1,5", "settings.errors.countRange"],
    ["qualityMaxAnswerHours", "۱٫۵", "settings.errors.countRange"],
    ["qualityMaxAnswerHours", "721", "settings.errors.countRange"],
    ["qualityMinAcceptanceRateBps", "101", "settings.errors.rateRange"],
    ["qualityMaxClaimsRateBps", "abc", "settings.errors.rateRange"],
    ["qualityMinRating", "0,5", "settings.errors.ratingRange"],
    ["qualityMinRating", "5,01", "settings.errors.ratingRange"],
    ["qualityAlertPeriodDays", "6", "settings.errors.countRange"],
    ["lowStockThreshold", "-1", "settings.errors.countRange"],
  ])("refuses %s = %s", (field, value, message) => {
    const result = qualitySettingsSchema.safeParse({ ...form, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });
});
