import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import type { UpdateMarketplaceSettingsInput } from "@/lib/settings/settings-schema";
import { updateMarketplaceSettings } from "@/lib/settings/update-marketplace-settings";
import { product } from "../orders/order-fixtures";
import { createShop, createUser, refusal } from "../sellers/fixtures";
import { defaultForm, loadedAt, plan, settingsSnapshot } from "./settings-fixtures";

let operator: Actor;
let vendor: Actor;
let shopper: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  vendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
});

async function save(changes: Partial<UpdateMarketplaceSettingsInput>, actor: Actor | null = operator, locale = "fr") {
  return updateMarketplaceSettings(actor, { locale, fields: { ...defaultForm(await loadedAt()), ...changes } });
}

// Tests run in order on one database: the first save creates the row, the next ones change it.
describe("updateMarketplaceSettings", () => {
  it("reads the schema's defaults before the first save", async () => {
    const view = await getMarketplaceSettings(operator);
    expect(view.updatedAt).toBe("");
    expect(view.values).toMatchObject({ name: "Halle", currency: "EUR", paymentFeeBps: 150, locales: ["fr", "en"] });
    expect(view.currencyLocked).toBe(false);
  });

  it("creates the row on the first save, audited with before and after of the changed fields only", async () => {
    const { changed } = await save({ feesVatBps: "20", acceptanceDeadlineBusinessDays: "3", name: "Halle de Lyon" });
    expect(changed.sort()).toEqual(["acceptanceDeadlineBusinessDays", "feesVatBps", "name"]);
    const { row, audits, emails } = await settingsSnapshot();
    expect(row).toMatchObject({ name: "Halle de Lyon", feesVatBps: 2000, acceptanceDeadlineBusinessDays: 3 });
    expect(row).toMatchObject({ paymentFeeBps: 150, paymentFeeFixedAmount: 25, holidayCountry: "FR" });
    expect(audits).toHaveLength(1);
    expect(audits[0].data).toEqual({
      before: { name: "Halle", feesVatBps: 0, acceptanceDeadlineBusinessDays: 2 },
      after: { name: "Halle de Lyon", feesVatBps: 2000, acceptanceDeadlineBusinessDays: 3 },
    });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { id: audits[0].id } });
    expect(audit).toMatchObject({ action: "settings.updated", actorId: operator.id, entityId: "1" });
    expect(emails).toBe(0);
  });

  it("saves every kind of field, typed in English", async () => {
    const premium = await plan({ code: `premium-${Date.now()}` });
    await save(
      {
        name: "Halle de Lyon",
        feesVatBps: "20",
        acceptanceDeadlineBusinessDays: "3",
        currency: "irr",
        defaultLocale: "en",
        locales: ["en"],
        captureMode: "ON_ACCEPTANCE",
        paymentFeeBps: "2.75 %",
        paymentFeeFixedAmount: "5,000",
        paymentFeePassedOn: true,
        shipDeadlineBusinessDays: "5",
        autoConfirmDays: "10",
        returnWindowDays: "0",
        withdrawalDays: "0",
        trackingRequiredForPost: true,
        estimatedPriceMarginBps: "12.5",
        holdRule: "AFTER_SHOPPER_CONFIRMATION",
        payoutSchedule: "ON_REQUEST",
        holidayCountry: "ir",
        defaultPlanId: premium.id,
        ambassadorsEnabled: false,
        ambassadorShareBps: "0",
        ambassadorCookieDays: "365",
        closedShopGraceMonths: "0",
        payoutWeekday: "5",
        payoutMinimumAmount: "250,000",
        legalName: " Halle de Lyon SAS ",
        legalAddress: "2 quai Saint-Antoine\n69002 Lyon",
        legalRegistrationNumber: "RCS Lyon 900 000 002",
        legalVatNumber: "FR00900000002",
        payoutDebtorIban: "fr76 3000 6000 0112 3456 7890 189",
        payoutDebtorBic: "agrifrpp",
      },
      operator,
      "en",
    );
    const { row } = await settingsSnapshot();
    expect(row).toMatchObject({
      currency: "IRR",
      defaultLocale: "en",
      locales: ["en"],
      captureMode: "ON_ACCEPTANCE",
      paymentFeeBps: 275,
      paymentFeeFixedAmount: 5000,
      paymentFeePassedOn: true,
      shipDeadlineBusinessDays: 5,
      autoConfirmDays: 10,
      returnWindowDays: 0,
      withdrawalDays: 0,
      trackingRequiredForPost: true,
      estimatedPriceMarginBps: 1250,
      holdRule: "AFTER_SHOPPER_CONFIRMATION",
      payoutSchedule: "ON_REQUEST",
      holidayCountry: "IR",
      defaultPlanId: premium.id,
      ambassadorsEnabled: false,
      ambassadorShareBps: 0,
      ambassadorCookieDays: 365,
      closedShopGraceMonths: 0,
      payoutWeekday: 5,
      payoutMinimumAmount: 250000,
      legalName: "Halle de Lyon SAS",
      legalAddress: "2 quai Saint-Antoine\n69002 Lyon",
      legalRegistrationNumber: "RCS Lyon 900 000 002",
      legalVatNumber: "FR00900000002",
      payoutDebtorIban: "FR7630006000011234567890189",
      payoutDebtorBic: "AGRIFRPP",
    });
    expect(await getPublicSettings()).toEqual({
      name: "Halle de Lyon",
      currency: "IRR",
      defaultLocale: "en",
      locales: ["en"],
    });
  });

  it("writes nothing when nothing changed", async () => {
    const current = await getMarketplaceSettings(operator);
    const before = await settingsSnapshot();
    const form: UpdateMarketplaceSettingsInput = {
      ...defaultForm(current.updatedAt),
      ...Object.fromEntries(Object.entries(current.values).map(([key, value]) => [key, value ?? ""])),
      // The form shows rates as percentages and the fee as money.
      paymentFeeBps: "2,75",
      estimatedPriceMarginBps: "12,5",
      feesVatBps: "20",
      ambassadorShareBps: "0",
      paymentFeeFixedAmount: "5000",
      payoutMinimumAmount: "250000",
      acceptanceDeadlineBusinessDays: "3",
    } as UpdateMarketplaceSettingsInput;
    expect((await updateMarketplaceSettings(operator, { locale: "fr", fields: form })).changed).toEqual([]);
    expect(await settingsSnapshot()).toEqual(before);
  });

  it("refuses a stale form (the row changed since it was loaded), writing nothing", async () => {
    const stale = await loadedAt();
    await save({ name: "Halle Presqu'île" });
    const before = await settingsSnapshot();
    const error = await refusal(
      updateMarketplaceSettings(operator, { locale: "fr", fields: { ...defaultForm(stale), name: "Autre nom" } }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toEqual({ form: "settings.errors.stale" });
    expect(await settingsSnapshot()).toEqual(before);
  });

  it("refuses a form that claims no row exists once it does", async () => {
    const before = await settingsSnapshot();
    const error = await refusal(updateMarketplaceSettings(operator, { locale: "fr", fields: defaultForm("") }));
    expect(error.code).toBe("CONFLICT");
    expect(await settingsSnapshot()).toEqual(before);
  });
});

describe("bad input is refused on its field, nothing written", () => {
  const BAD: [string, Partial<UpdateMarketplaceSettingsInput>, string, string][] = [
    ["an empty name", { name: " " }, "name", "settings.errors.nameRequired"],
    ["an unknown currency", { currency: "ABC" }, "currency", "settings.errors.currencyUnknown"],
    ["a language Halle does not speak", { locales: ["fr", "de"] }, "locales.1", "settings.errors.localeUnknown"],
    ["no language", { locales: [] }, "locales", "settings.errors.localesEmpty"],
    [
      "a default language not offered",
      { defaultLocale: "en", locales: ["fr"] },
      "locales",
      "settings.errors.defaultLocaleDisabled",
    ],
    ["an unknown capture mode", { captureMode: "LATER" }, "captureMode", "settings.errors.choiceInvalid"],
    ["a payment fee rate over 10 %", { paymentFeeBps: "12" }, "paymentFeeBps", "settings.errors.rateRange"],
    ["a rate with three decimals", { feesVatBps: "5,125" }, "feesVatBps", "settings.errors.rateRange"],
    ["a negative fixed fee", { paymentFeeFixedAmount: "-1" }, "paymentFeeFixedAmount", "settings.errors.moneyInvalid"],
    [
      "a fixed fee that is not money",
      { paymentFeeFixedAmount: "abc" },
      "paymentFeeFixedAmount",
      "settings.errors.moneyInvalid",
    ],
    [
      "a zero acceptance deadline",
      { acceptanceDeadlineBusinessDays: "0" },
      "acceptanceDeadlineBusinessDays",
      "settings.errors.countRange",
    ],
    ["a fractional day count", { autoConfirmDays: "1,5" }, "autoConfirmDays", "settings.errors.countRange"],
    ["a withdrawal period over 90 days", { withdrawalDays: "120" }, "withdrawalDays", "settings.errors.countRange"],
    ["an unknown hold rule", { holdRule: "NEVER" }, "holdRule", "settings.errors.choiceInvalid"],
    ["an unknown payout schedule", { payoutSchedule: "DAILY" }, "payoutSchedule", "settings.errors.choiceInvalid"],
    [
      "a country without a holiday calendar",
      { holidayCountry: "XX" },
      "holidayCountry",
      "settings.errors.holidayCountryUnknown",
    ],
    ["an ambassador share over 50 %", { ambassadorShareBps: "60" }, "ambassadorShareBps", "settings.errors.rateRange"],
    [
      "a grace period over 24 months",
      { closedShopGraceMonths: "36" },
      "closedShopGraceMonths",
      "settings.errors.countRange",
    ],
    ["a payout weekday out of the week", { payoutWeekday: "8" }, "payoutWeekday", "settings.errors.choiceInvalid"],
    [
      "a negative payout minimum",
      { payoutMinimumAmount: "-5" },
      "payoutMinimumAmount",
      "settings.errors.payoutMinimumInvalid",
    ],
    [
      "a payout minimum over the bound",
      { payoutMinimumAmount: "1000000" },
      "payoutMinimumAmount",
      "settings.errors.payoutMinimumInvalid",
    ],
    ["a legal name too long", { legalName: "x".repeat(121) }, "legalName", "settings.errors.legalTooLong"],
    ["an address too long", { legalAddress: "x".repeat(301) }, "legalAddress", "settings.errors.legalTooLong"],
    [
      "a debtor IBAN with a wrong checksum",
      { payoutDebtorIban: "FR7630006000011234567890180" },
      "payoutDebtorIban",
      "settings.errors.ibanInvalid",
    ],
    ["a debtor BIC of 9 characters", { payoutDebtorBic: "AGRIFRPPX" }, "payoutDebtorBic", "settings.errors.bicInvalid"],
    [
      "an unknown default plan",
      { defaultPlanId: "cl0000000000000000000000" },
      "defaultPlanId",
      "settings.errors.defaultPlanInactive",
    ],
  ];

  it.each(BAD)("refuses %s", async (_what, changes, field, key) => {
    const before = await settingsSnapshot();
    const error = await refusal(save(changes));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await settingsSnapshot()).toEqual(before);
  });

  it("refuses an archived plan as the default plan", async () => {
    const archived = await plan({ code: `archived-${Date.now()}`, active: false });
    const before = await settingsSnapshot();
    const error = await refusal(save({ defaultPlanId: archived.id }));
    expect(error.fieldErrors).toEqual({ defaultPlanId: "settings.errors.defaultPlanInactive" });
    expect(await settingsSnapshot()).toEqual(before);
  });

  it("refuses a forged post without fields", async () => {
    const before = await settingsSnapshot();
    const error = await refusal(
      updateMarketplaceSettings(operator, { locale: "fr", fields: {} as UpdateMarketplaceSettingsInput }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(await settingsSnapshot()).toEqual(before);
  });
});

describe("authorization", () => {
  const REFUSED: [string, () => Actor | null, string][] = [
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["a vendor", () => vendor, "FORBIDDEN"],
  ];

  it.each(REFUSED)("refuses to save for %s, changing nothing", async (_who, actorOf, code) => {
    const before = await settingsSnapshot();
    expect((await refusal(save({ name: "Pris en otage" }, actorOf()))).code).toBe(code);
    expect(await settingsSnapshot()).toEqual(before);
  });

  it.each(REFUSED)("refuses to read the settings form for %s", async (_who, actorOf, code) => {
    expect((await refusal(getMarketplaceSettings(actorOf()))).code).toBe(code);
  });
});

describe("the currency, once amounts exist", () => {
  it("cannot change once a product exists, and says so on the field", async () => {
    const shop = await createShop(vendor, { status: "APPROVED" });
    await product(shop.id, { title: "Tapis", priceAmount: 150000, stock: 1 });
    expect((await getMarketplaceSettings(operator)).currencyLocked).toBe(true);
    const before = await settingsSnapshot();
    expect((await settingsSnapshot()).row?.currency).toBe("EUR");
    const error = await refusal(save({ currency: "IRR", paymentFeeFixedAmount: "5000" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ currency: "settings.errors.currencyLocked" });
    expect(await settingsSnapshot()).toEqual(before);
  });

  it("still lets the other settings change", async () => {
    await save({ currency: "EUR", feesVatBps: "5,5" });
    expect((await settingsSnapshot()).row).toMatchObject({ currency: "EUR", feesVatBps: 550 });
  });
});

describe("the payout settings and legal details", () => {
  it("saves them, audited with before and after", async () => {
    await save({
      payoutSchedule: "WEEKLY",
      payoutWeekday: "3",
      payoutMinimumAmount: "25,50",
      holdRule: "AFTER_CONFIRMATION_AND_WITHDRAWAL",
      legalName: "Halle SAS",
      payoutDebtorIban: "FR76 3000 6000 0112 3456 7890 189",
      payoutDebtorBic: "AGRIFRPPXXX",
    });
    const { row, audits } = await settingsSnapshot();
    expect(row).toMatchObject({
      payoutSchedule: "WEEKLY",
      payoutWeekday: 3,
      payoutMinimumAmount: 2550,
      holdRule: "AFTER_CONFIRMATION_AND_WITHDRAWAL",
      legalName: "Halle SAS",
      payoutDebtorIban: "FR7630006000011234567890189",
      payoutDebtorBic: "AGRIFRPPXXX",
    });
    expect(audits.at(-1)?.data).toMatchObject({
      before: { payoutSchedule: "TWICE_MONTHLY", payoutWeekday: 1, payoutMinimumAmount: 0, legalName: "" },
      after: { payoutSchedule: "WEEKLY", payoutWeekday: 3, payoutMinimumAmount: 2550, legalName: "Halle SAS" },
    });
    const view = await getMarketplaceSettings(operator);
    expect(view.values).toMatchObject({ payoutWeekday: 3, payoutMinimumAmount: 2550, legalName: "Halle SAS" });
  });
});
