import type { MarketplaceSettingsValues } from "./settings-schema";

/**
 * The marketplace's settings before the operator first saves them: the schema's defaults
 * (prisma/schema/plans.prisma, MarketplaceSettings), so a fresh install reads what the row will hold.
 */
export const DEFAULT_SETTINGS: MarketplaceSettingsValues = {
  name: "Halle",
  currency: "EUR",
  defaultLocale: "fr",
  locales: ["fr", "en"],
  captureMode: "AT_CHECKOUT",
  paymentFeeBps: 150,
  paymentFeeFixedAmount: 25,
  paymentFeePassedOn: false,
  acceptanceDeadlineBusinessDays: 2,
  shipDeadlineBusinessDays: 2,
  autoConfirmDays: 7,
  returnWindowDays: 14,
  withdrawalDays: 14,
  trackingRequiredForPost: false,
  estimatedPriceMarginBps: 1000,
  holdRule: "AFTER_DELIVERY_WITHDRAWAL",
  payoutSchedule: "TWICE_MONTHLY",
  feesVatBps: 0,
  holidayCountry: "FR",
  defaultPlanId: null,
  ambassadorsEnabled: true,
  tomanDisplay: false,
  ambassadorShareBps: 700,
  ambassadorCookieDays: 30,
  closedShopGraceMonths: 3,
  payoutWeekday: 1,
  payoutMinimumAmount: 0,
  legalName: "",
  legalAddress: "",
  legalRegistrationNumber: "",
  legalVatNumber: "",
  payoutDebtorIban: "",
  payoutDebtorBic: "",
};

/** The columns of MarketplaceSettings the settings form edits (a Prisma select). */
export const SETTINGS_SELECT = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((field) => [field, true])) as {
  [K in keyof MarketplaceSettingsValues]: true;
};
