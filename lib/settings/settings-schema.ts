import Holidays from "date-holidays";
import { z } from "zod";
import { CaptureMode, HoldRule, PayoutSchedule } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/config";
import { toLatinDigits } from "@/lib/i18n/digits";
import { isKnownCurrency } from "@/lib/money/currency";
import { MAX_PRICE_AMOUNT, parseMoney } from "@/lib/money/parse-money";
import { parsePercent } from "@/lib/money/parse-percent";
import { isValidIban, normalizeIban } from "@/lib/payouts/iban";

// The operator's marketplace settings (docs/business-models.md, marketplace settings), as the settings
// form sends them: numbers typed as text, rates as percentages, the fixed payment fee as money
// in the marketplace's currency. Parsed into the row's own units (days, basis points, minor units).

export const CAPTURE_MODES = Object.values(CaptureMode);
export const HOLD_RULES = Object.values(HoldRule);
export const PAYOUT_SCHEDULES = Object.values(PayoutSchedule);

export const NAME_MAX_LENGTH = 80;

/** WEEKLY payouts: ISO weekdays, 1 = Monday … 7 = Sunday (docs/payouts.md, schedules). */
export const PAYOUT_WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** The marketplace's legal details (printed on statements, invoices and SEPA files): their longest. */
export const LEGAL_MAX_LENGTHS = {
  legalName: 120,
  legalAddress: 300,
  legalRegistrationNumber: 80,
  legalVatNumber: 40,
} as const;

export type LegalField = keyof typeof LEGAL_MAX_LENGTHS;

/** A BIC (ISO 9362): bank, country, location, and an optional branch. */
export const BIC_PATTERN = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** Whole numbers of days or months: the bounds a form hint and an error both state. */
export const COUNT_BOUNDS = {
  acceptanceDeadlineBusinessDays: { min: 1, max: 30 },
  shipDeadlineBusinessDays: { min: 1, max: 30 },
  autoConfirmDays: { min: 1, max: 60 },
  returnWindowDays: { min: 0, max: 90 },
  withdrawalDays: { min: 0, max: 90 },
  ambassadorCookieDays: { min: 1, max: 365 },
  closedShopGraceMonths: { min: 0, max: 24 },
} as const;

/** Rates, in basis points (100 = 1 %). */
export const RATE_BOUNDS = {
  paymentFeeBps: { min: 0, max: 1000 },
  estimatedPriceMarginBps: { min: 0, max: 5000 },
  feesVatBps: { min: 0, max: 3000 },
  ambassadorShareBps: { min: 0, max: 5000 },
} as const;

/** The fixed part of the payment fee, in minor units of the currency (10,000.00 € at most). */
export const MAX_PAYMENT_FEE_FIXED_AMOUNT = Math.min(1_000_000, MAX_PRICE_AMOUNT);

/** The payout minimum, in minor units of the currency (100,000.00 € at most). */
export const MAX_PAYOUT_MINIMUM_AMOUNT = Math.min(10_000_000, MAX_PRICE_AMOUNT);

export type CountField = keyof typeof COUNT_BOUNDS;
export type RateField = keyof typeof RATE_BOUNDS;

export const SETTINGS_ERRORS = {
  nameRequired: "settings.errors.nameRequired",
  nameTooLong: "settings.errors.nameTooLong",
  currencyUnknown: "settings.errors.currencyUnknown",
  currencyLocked: "settings.errors.currencyLocked",
  localeUnknown: "settings.errors.localeUnknown",
  localesEmpty: "settings.errors.localesEmpty",
  defaultLocaleDisabled: "settings.errors.defaultLocaleDisabled",
  choiceInvalid: "settings.errors.choiceInvalid",
  countRange: "settings.errors.countRange",
  rateRange: "settings.errors.rateRange",
  moneyInvalid: "settings.errors.moneyInvalid",
  holidayCountryUnknown: "settings.errors.holidayCountryUnknown",
  defaultPlanInactive: "settings.errors.defaultPlanInactive",
  stale: "settings.errors.stale",
  payoutMinimumInvalid: "settings.errors.payoutMinimumInvalid",
  legalTooLong: "settings.errors.legalTooLong",
  ibanInvalid: "settings.errors.ibanInvalid",
  bicInvalid: "settings.errors.bicInvalid",
} as const;

let holidayCountries: Set<string> | undefined;
/** The countries whose public holidays date-holidays knows (ISO 3166 alpha-2). */
export function holidayCountryCodes(): Set<string> {
  holidayCountries ??= new Set(Object.keys(new Holidays().getCountries("en")));
  return holidayCountries;
}

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

function count(field: CountField) {
  const { min, max } = COUNT_BOUNDS[field];
  return text.transform(toLatinDigits).pipe(
    z
      .string()
      .regex(/^\d{1,6}$/, SETTINGS_ERRORS.countRange)
      .transform(Number)
      .pipe(z.number().min(min, SETTINGS_ERRORS.countRange).max(max, SETTINGS_ERRORS.countRange)),
  );
}

function rate(field: RateField) {
  const { min, max } = RATE_BOUNDS[field];
  return text.transform((value, context) => {
    const bps = parsePercent(value);
    if (bps === null || bps < min || bps > max) {
      context.addIssue({ code: "custom", message: SETTINGS_ERRORS.rateRange });
      return z.NEVER;
    }
    return bps;
  });
}

// Typed as text (what a form sends), checked against the choices.
function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  error: string = SETTINGS_ERRORS.choiceInvalid,
) {
  return z.string({ error }).pipe(z.enum(values, { error }));
}

const flag = z.boolean({ error: SETTINGS_ERRORS.choiceInvalid });

const localeCode = choice(LOCALES, SETTINGS_ERRORS.localeUnknown);

function legal(field: LegalField) {
  return text.pipe(z.string().max(LEGAL_MAX_LENGTHS[field], SETTINGS_ERRORS.legalTooLong));
}

/** An account's code typed with spaces or in lower case, stored as the bank writes it; "" for none. */
const compactUpper = text.transform((value) => normalizeIban(value));

/** The fields of the settings form, before the money field is read in the chosen currency. */
const fieldsSchema = z.object({
  /** when the form was loaded (MarketplaceSettings.updatedAt, ISO); "" before the row exists */
  updatedAt: z.string().max(40),
  name: text.pipe(z.string().min(1, SETTINGS_ERRORS.nameRequired).max(NAME_MAX_LENGTH, SETTINGS_ERRORS.nameTooLong)),
  currency: text.transform((value) => value.toUpperCase()).refine(isKnownCurrency, SETTINGS_ERRORS.currencyUnknown),
  defaultLocale: localeCode,
  locales: z
    .array(localeCode, { error: SETTINGS_ERRORS.localesEmpty })
    .min(1, SETTINGS_ERRORS.localesEmpty)
    .max(LOCALES.length)
    // Kept in Halle's order (French first), each once.
    .transform((chosen) => LOCALES.filter((locale) => chosen.includes(locale))),
  captureMode: choice(CAPTURE_MODES as [CaptureMode, ...CaptureMode[]]),
  paymentFeeBps: rate("paymentFeeBps"),
  paymentFeeFixedAmount: text,
  paymentFeePassedOn: flag,
  acceptanceDeadlineBusinessDays: count("acceptanceDeadlineBusinessDays"),
  shipDeadlineBusinessDays: count("shipDeadlineBusinessDays"),
  autoConfirmDays: count("autoConfirmDays"),
  returnWindowDays: count("returnWindowDays"),
  withdrawalDays: count("withdrawalDays"),
  trackingRequiredForPost: flag,
  estimatedPriceMarginBps: rate("estimatedPriceMarginBps"),
  holdRule: choice(HOLD_RULES as [HoldRule, ...HoldRule[]]),
  payoutSchedule: choice(PAYOUT_SCHEDULES as [PayoutSchedule, ...PayoutSchedule[]]),
  feesVatBps: rate("feesVatBps"),
  holidayCountry: text
    .transform((value) => value.toUpperCase())
    .refine((code) => holidayCountryCodes().has(code), SETTINGS_ERRORS.holidayCountryUnknown),
  /** "" for none: new shops then join the oldest active plan */
  defaultPlanId: text
    .pipe(
      z
        .string()
        .max(64)
        .regex(/^[A-Za-z0-9_-]*$/, SETTINGS_ERRORS.defaultPlanInactive),
    )
    .transform((value) => (value === "" ? null : value)),
  ambassadorsEnabled: flag,
  tomanDisplay: flag,
  ambassadorShareBps: rate("ambassadorShareBps"),
  ambassadorCookieDays: count("ambassadorCookieDays"),
  closedShopGraceMonths: count("closedShopGraceMonths"),
  payoutWeekday: text.pipe(z.enum(PAYOUT_WEEKDAYS, { error: SETTINGS_ERRORS.choiceInvalid })).transform(Number),
  /** money in the currency chosen in the same form, read below */
  payoutMinimumAmount: text,
  legalName: legal("legalName"),
  legalAddress: legal("legalAddress"),
  legalRegistrationNumber: legal("legalRegistrationNumber"),
  legalVatNumber: legal("legalVatNumber"),
  /** the SEPA file's debtor (docs/payouts.md, SEPA); "" until the operator gives it */
  payoutDebtorIban: compactUpper.refine((iban) => iban === "" || isValidIban(iban), SETTINGS_ERRORS.ibanInvalid),
  payoutDebtorBic: compactUpper.refine((bic) => bic === "" || BIC_PATTERN.test(bic), SETTINGS_ERRORS.bicInvalid),
});

/**
 * The settings schema for a form typed in `locale` (it decides how "1,50" reads). The fixed
 * payment fee is money in the currency chosen in the same form: its decimals are that currency's.
 */
export function marketplaceSettingsSchema(locale: string) {
  return fieldsSchema.transform((fields, context) => {
    if (!fields.locales.includes(fields.defaultLocale)) {
      context.addIssue({ code: "custom", path: ["locales"], message: SETTINGS_ERRORS.defaultLocaleDisabled });
    }
    const fixed = parseMoney(fields.paymentFeeFixedAmount, locale, fields.currency);
    if (fixed === null || fixed > MAX_PAYMENT_FEE_FIXED_AMOUNT)
      context.addIssue({ code: "custom", path: ["paymentFeeFixedAmount"], message: SETTINGS_ERRORS.moneyInvalid });
    const minimum = parseMoney(fields.payoutMinimumAmount, locale, fields.currency);
    if (minimum === null || minimum > MAX_PAYOUT_MINIMUM_AMOUNT)
      context.addIssue({
        code: "custom",
        path: ["payoutMinimumAmount"],
        message: SETTINGS_ERRORS.payoutMinimumInvalid,
      });
    if (
      fixed === null ||
      fixed > MAX_PAYMENT_FEE_FIXED_AMOUNT ||
      minimum === null ||
      minimum > MAX_PAYOUT_MINIMUM_AMOUNT
    )
      return z.NEVER;
    const { updatedAt, ...values } = fields;
    return { updatedAt, values: { ...values, paymentFeeFixedAmount: fixed, payoutMinimumAmount: minimum } };
  });
}

export type UpdateMarketplaceSettingsInput = z.input<typeof fieldsSchema>;
/** The row's editable fields, in the row's units. */
export type MarketplaceSettingsValues = z.output<ReturnType<typeof marketplaceSettingsSchema>>["values"];
