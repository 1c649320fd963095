// Test data for the marketplace settings: a good form as an operator sends it, and everything a
// save may write (the settings row and its audit rows), to assert that a refusal changed nothing.
import { getDb } from "@/lib/db";
import type { UpdateMarketplaceSettingsInput } from "@/lib/settings/settings-schema";

/** The form as the settings page shows the schema's defaults, typed in French. */
export function defaultForm(updatedAt = ""): UpdateMarketplaceSettingsInput {
  return {
    updatedAt,
    name: "Halle",
    currency: "EUR",
    defaultLocale: "fr",
    locales: ["fr", "en"],
    captureMode: "AT_CHECKOUT",
    paymentFeeBps: "1,5",
    paymentFeeFixedAmount: "0,25",
    paymentFeePassedOn: false,
    acceptanceDeadlineBusinessDays: "2",
    shipDeadlineBusinessDays: "2",
    autoConfirmDays: "7",
    returnWindowDays: "14",
    withdrawalDays: "14",
    trackingRequiredForPost: false,
    estimatedPriceMarginBps: "10",
    holdRule: "AFTER_DELIVERY_WITHDRAWAL",
    payoutSchedule: "TWICE_MONTHLY",
    feesVatBps: "0",
    holidayCountry: "FR",
    defaultPlanId: "",
    ambassadorsEnabled: true,
    tomanDisplay: false,
    ambassadorShareBps: "7",
    ambassadorCookieDays: "30",
    closedShopGraceMonths: "3",
    payoutWeekday: "1",
    payoutMinimumAmount: "0",
    legalName: "",
    legalAddress: "",
    legalRegistrationNumber: "",
    legalVatNumber: "",
    payoutDebtorIban: "",
    payoutDebtorBic: "",
  };
}

/** The row's load time as the page sends it with the form ("" before the first save). */
export async function loadedAt(): Promise<string> {
  const row = await getDb().marketplaceSettings.findUnique({ where: { id: 1 }, select: { updatedAt: true } });
  return row?.updatedAt.toISOString() ?? "";
}

export async function settingsSnapshot() {
  const db = getDb();
  return {
    row: await db.marketplaceSettings.findUnique({ where: { id: 1 } }),
    audits: await db.auditLog.findMany({
      where: { entityType: "MarketplaceSettings" },
      orderBy: { createdAt: "asc" },
      select: { id: true, data: true },
    }),
    emails: await db.emailMessage.count(),
  };
}

export async function plan(data: { code: string; active?: boolean; monthlyFeeAmount?: number }) {
  return getDb().plan.create({ data: { name: `Plan ${data.code}`, ...data } });
}
