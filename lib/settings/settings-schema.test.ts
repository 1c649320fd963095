import { describe, expect, it } from "vitest";
import { marketplaceSettingsSchema, type UpdateMarketplaceSettingsInput } from "./settings-schema";

const GOOD: UpdateMarketplaceSettingsInput = {
  updatedAt: "",
  name: "  Halle de Lyon ",
  currency: "eur",
  defaultLocale: "fr",
  locales: ["en", "fr"],
  captureMode: "ON_ACCEPTANCE",
  paymentFeeBps: "1,5 %",
  paymentFeeFixedAmount: "0,25",
  paymentFeePassedOn: true,
  acceptanceDeadlineBusinessDays: "2",
  shipDeadlineBusinessDays: "3",
  autoConfirmDays: "7",
  returnWindowDays: "14",
  withdrawalDays: "14",
  trackingRequiredForPost: true,
  estimatedPriceMarginBps: "10",
  holdRule: "AFTER_SHOPPER_CONFIRMATION",
  payoutSchedule: "WEEKLY",
  feesVatBps: "20",
  holidayCountry: "fr",
  defaultPlanId: "",
  ambassadorsEnabled: true,
  tomanDisplay: false,
  ambassadorShareBps: "7",
  ambassadorCookieDays: "30",
  closedShopGraceMonths: "3",
  payoutWeekday: "5",
  payoutMinimumAmount: "50",
  legalName: "  Halle SAS ",
  legalAddress: "1 place Colbert\n17300 Rochefort",
  legalRegistrationNumber: "RCS La Rochelle 900 000 001",
  legalVatNumber: "FR00900000001",
  payoutDebtorIban: "fr76 3000 6000 0112 3456 7890 189",
  payoutDebtorBic: "agri fr pp xxx",
};

const parse = (input: Partial<UpdateMarketplaceSettingsInput>, locale = "fr") =>
  marketplaceSettingsSchema(locale).safeParse({ ...GOOD, ...input });

function errorsOf(input: Partial<UpdateMarketplaceSettingsInput>, locale = "fr"): Record<string, string> {
  const result = parse(input, locale);
  if (result.success) throw new Error("expected a refusal");
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("marketplaceSettingsSchema", () => {
  it("reads a good form into the row's units", () => {
    const result = parse({});
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      updatedAt: "",
      values: {
        name: "Halle de Lyon",
        currency: "EUR",
        defaultLocale: "fr",
        locales: ["fr", "en"],
        captureMode: "ON_ACCEPTANCE",
        paymentFeeBps: 150,
        paymentFeeFixedAmount: 25,
        paymentFeePassedOn: true,
        acceptanceDeadlineBusinessDays: 2,
        shipDeadlineBusinessDays: 3,
        autoConfirmDays: 7,
        returnWindowDays: 14,
        withdrawalDays: 14,
        trackingRequiredForPost: true,
        estimatedPriceMarginBps: 1000,
        holdRule: "AFTER_SHOPPER_CONFIRMATION",
        payoutSchedule: "WEEKLY",
        feesVatBps: 2000,
        holidayCountry: "FR",
        defaultPlanId: null,
        ambassadorsEnabled: true,
        tomanDisplay: false,
        ambassadorShareBps: 700,
        ambassadorCookieDays: 30,
        closedShopGraceMonths: 3,
        payoutWeekday: 5,
        payoutMinimumAmount: 5000,
        legalName: "Halle SAS",
        legalAddress: "1 place Colbert\n17300 Rochefort",
        legalRegistrationNumber: "RCS La Rochelle 900 000 001",
        legalVatNumber: "FR00900000001",
        payoutDebtorIban: "FR7630006000011234567890189",
        payoutDebtorBic: "AGRIFRPPXXX",
      },
    });
  });

  it.each([
    ["1,5 %", "fr", 150],
    ["1.5", "en", 150],
    ["1,5", "en", 150],
    ["0,25%", "fr", 25],
    ["10", "fr", 1000],
  ])("reads the rate %j (%s) as %i basis points", (typed, locale, bps) => {
    expect(parse({ paymentFeeBps: typed }, locale).data?.values.paymentFeeBps).toBe(bps);
  });

  it.each([
    ["0,25", "fr", "EUR", 25],
    ["0.25", "en", "EUR", 25],
    ["1 250", "fr", "IRR", 1250],
    ["5000", "en", "IRR", 5000],
    ["0", "fr", "EUR", 0],
  ])("reads the fixed fee %j (%s, %s) as %i minor units", (typed, locale, currency, amount) => {
    expect(parse({ paymentFeeFixedAmount: typed, currency }, locale).data?.values.paymentFeeFixedAmount).toBe(amount);
  });

  it("reads the fixed fee in the decimals of the currency chosen in the same form", () => {
    expect(errorsOf({ currency: "IRR", paymentFeeFixedAmount: "0,25" })).toEqual({
      paymentFeeFixedAmount: "settings.errors.moneyInvalid",
    });
  });

  it.each([
    [{ name: "   " }, "name", "settings.errors.nameRequired"],
    [{ name: "x".repeat(81) }, "name", "settings.errors.nameTooLong"],
    [{ currency: "EURO" }, "currency", "settings.errors.currencyUnknown"],
    [{ currency: "XYZ" }, "currency", "settings.errors.currencyUnknown"],
    [{ defaultLocale: "de" }, "defaultLocale", "settings.errors.localeUnknown"],
    [{ locales: [] }, "locales", "settings.errors.localesEmpty"],
    [{ locales: ["fr", "xx"] }, "locales.1", "settings.errors.localeUnknown"],
    [{ captureMode: "LATER" }, "captureMode", "settings.errors.choiceInvalid"],
    [{ paymentFeeBps: "11" }, "paymentFeeBps", "settings.errors.rateRange"],
    [{ paymentFeeBps: "1,555" }, "paymentFeeBps", "settings.errors.rateRange"],
    [{ paymentFeeBps: "-1" }, "paymentFeeBps", "settings.errors.rateRange"],
    [{ paymentFeeBps: "abc" }, "paymentFeeBps", "settings.errors.rateRange"],
    [{ paymentFeeFixedAmount: "-1" }, "paymentFeeFixedAmount", "settings.errors.moneyInvalid"],
    [{ paymentFeeFixedAmount: "0,255" }, "paymentFeeFixedAmount", "settings.errors.moneyInvalid"],
    [{ paymentFeeFixedAmount: "10000,01" }, "paymentFeeFixedAmount", "settings.errors.moneyInvalid"],
    [{ acceptanceDeadlineBusinessDays: "0" }, "acceptanceDeadlineBusinessDays", "settings.errors.countRange"],
    [{ shipDeadlineBusinessDays: "31" }, "shipDeadlineBusinessDays", "settings.errors.countRange"],
    [{ autoConfirmDays: "2,5" }, "autoConfirmDays", "settings.errors.countRange"],
    [{ returnWindowDays: "" }, "returnWindowDays", "settings.errors.countRange"],
    [{ withdrawalDays: "91" }, "withdrawalDays", "settings.errors.countRange"],
    [{ estimatedPriceMarginBps: "51" }, "estimatedPriceMarginBps", "settings.errors.rateRange"],
    [{ holdRule: "NEVER" }, "holdRule", "settings.errors.choiceInvalid"],
    [{ payoutSchedule: "DAILY" }, "payoutSchedule", "settings.errors.choiceInvalid"],
    [{ feesVatBps: "30,01" }, "feesVatBps", "settings.errors.rateRange"],
    [{ holidayCountry: "ZZ" }, "holidayCountry", "settings.errors.holidayCountryUnknown"],
    [{ defaultPlanId: "not an id!" }, "defaultPlanId", "settings.errors.defaultPlanInactive"],
    [{ ambassadorShareBps: "51" }, "ambassadorShareBps", "settings.errors.rateRange"],
    [{ ambassadorCookieDays: "0" }, "ambassadorCookieDays", "settings.errors.countRange"],
    [{ closedShopGraceMonths: "25" }, "closedShopGraceMonths", "settings.errors.countRange"],
    [{ payoutWeekday: "0" }, "payoutWeekday", "settings.errors.choiceInvalid"],
    [{ payoutWeekday: "8" }, "payoutWeekday", "settings.errors.choiceInvalid"],
    [{ payoutWeekday: "lundi" }, "payoutWeekday", "settings.errors.choiceInvalid"],
    [{ payoutMinimumAmount: "-1" }, "payoutMinimumAmount", "settings.errors.payoutMinimumInvalid"],
    [{ payoutMinimumAmount: "" }, "payoutMinimumAmount", "settings.errors.payoutMinimumInvalid"],
    [{ payoutMinimumAmount: "12,345" }, "payoutMinimumAmount", "settings.errors.payoutMinimumInvalid"],
    [{ payoutMinimumAmount: "100000,01" }, "payoutMinimumAmount", "settings.errors.payoutMinimumInvalid"],
    [{ legalName: "x".repeat(121) }, "legalName", "settings.errors.legalTooLong"],
    [{ legalAddress: "x".repeat(301) }, "legalAddress", "settings.errors.legalTooLong"],
    [{ legalRegistrationNumber: "x".repeat(81) }, "legalRegistrationNumber", "settings.errors.legalTooLong"],
    [{ legalVatNumber: "x".repeat(41) }, "legalVatNumber", "settings.errors.legalTooLong"],
    [{ payoutDebtorIban: "FR76 3000 6000 0112 3456 7890 180" }, "payoutDebtorIban", "settings.errors.ibanInvalid"],
    [{ payoutDebtorIban: "not an iban" }, "payoutDebtorIban", "settings.errors.ibanInvalid"],
    [{ payoutDebtorBic: "AGRIFRP" }, "payoutDebtorBic", "settings.errors.bicInvalid"],
    [{ payoutDebtorBic: "AGRIFRPPXX" }, "payoutDebtorBic", "settings.errors.bicInvalid"],
    [{ payoutDebtorBic: "1GRIFRPPXXX" }, "payoutDebtorBic", "settings.errors.bicInvalid"],
  ] as const)("refuses %j on its field", (input, field, key) => {
    expect(errorsOf(input as Partial<UpdateMarketplaceSettingsInput>)[field]).toBe(key);
  });

  it("refuses a default language that is not offered", () => {
    expect(errorsOf({ defaultLocale: "en", locales: ["fr"] })).toEqual({
      locales: "settings.errors.defaultLocaleDisabled",
    });
  });

  it("keeps the bounds themselves", () => {
    expect(parse({ acceptanceDeadlineBusinessDays: "30", returnWindowDays: "0", feesVatBps: "30" }).success).toBe(true);
    const bounds = parse({
      payoutWeekday: "7",
      payoutMinimumAmount: "100000",
      legalName: "x".repeat(120),
      legalVatNumber: "x".repeat(40),
    });
    expect(bounds.data?.values).toMatchObject({ payoutWeekday: 7, payoutMinimumAmount: 10_000_000 });
  });

  it("reads counts, rates and amounts typed in Persian digits, and still refuses a bad one", () => {
    expect(
      parse({ returnWindowDays: "۱۴", paymentFeeBps: "۱٫۵ ٪", paymentFeeFixedAmount: "۰٫۲۵" }).data?.values,
    ).toMatchObject({ returnWindowDays: 14, paymentFeeBps: 150, paymentFeeFixedAmount: 25 });
    expect(errorsOf({ returnWindowDays: "۱۴٫۵" })).toEqual({ returnWindowDays: "settings.errors.countRange" });
  });

  it("accepts legal details and a debtor account left empty (not given yet)", () => {
    const result = parse({
      legalName: " ",
      legalAddress: "",
      legalRegistrationNumber: "",
      legalVatNumber: "",
      payoutDebtorIban: "",
      payoutDebtorBic: "",
      payoutMinimumAmount: "0",
    });
    expect(result.data?.values).toMatchObject({
      legalName: "",
      payoutDebtorIban: "",
      payoutDebtorBic: "",
      payoutMinimumAmount: 0,
    });
  });

  it("reads the payout minimum in the decimals of the currency chosen in the same form", () => {
    expect(
      parse({ currency: "IRR", payoutMinimumAmount: "500 000", paymentFeeFixedAmount: "0" }).data?.values,
    ).toMatchObject({
      payoutMinimumAmount: 500000,
    });
    expect(errorsOf({ currency: "IRR", payoutMinimumAmount: "0,5", paymentFeeFixedAmount: "0" })).toEqual({
      payoutMinimumAmount: "settings.errors.payoutMinimumInvalid",
    });
  });
});
