import type { SettingsFormValues } from "@/components/admin/settings/settings-form";
import { formText } from "@/lib/forms/form-text";

/** The settings form's fields out of the posted FormData, typed as text; the domain's schema judges them. */
export function readSettingsForm(formData: FormData): SettingsFormValues {
  const text = (name: keyof SettingsFormValues) => formText(formData, name);
  // Checkboxes and the yes/no radios post "true"; an absent one is false.
  const flag = (name: keyof SettingsFormValues) => formText(formData, name) === "true";
  return {
    updatedAt: text("updatedAt"),
    name: text("name"),
    currency: text("currency"),
    defaultLocale: text("defaultLocale"),
    locales: formData.getAll("locales").filter((value): value is string => typeof value === "string"),
    captureMode: text("captureMode"),
    paymentFeeBps: text("paymentFeeBps"),
    paymentFeeFixedAmount: text("paymentFeeFixedAmount"),
    paymentFeePassedOn: flag("paymentFeePassedOn"),
    acceptanceDeadlineBusinessDays: text("acceptanceDeadlineBusinessDays"),
    shipDeadlineBusinessDays: text("shipDeadlineBusinessDays"),
    autoConfirmDays: text("autoConfirmDays"),
    returnWindowDays: text("returnWindowDays"),
    withdrawalDays: text("withdrawalDays"),
    trackingRequiredForPost: flag("trackingRequiredForPost"),
    estimatedPriceMarginBps: text("estimatedPriceMarginBps"),
    holdRule: text("holdRule"),
    payoutSchedule: text("payoutSchedule"),
    feesVatBps: text("feesVatBps"),
    holidayCountry: text("holidayCountry"),
    defaultPlanId: text("defaultPlanId"),
    ambassadorsEnabled: flag("ambassadorsEnabled"),
    tomanDisplay: flag("tomanDisplay"),
    ambassadorShareBps: text("ambassadorShareBps"),
    ambassadorCookieDays: text("ambassadorCookieDays"),
    closedShopGraceMonths: text("closedShopGraceMonths"),
    payoutWeekday: text("payoutWeekday"),
    payoutMinimumAmount: text("payoutMinimumAmount"),
    legalName: text("legalName"),
    legalAddress: text("legalAddress"),
    legalRegistrationNumber: text("legalRegistrationNumber"),
    legalVatNumber: text("legalVatNumber"),
    payoutDebtorIban: text("payoutDebtorIban"),
    payoutDebtorBic: text("payoutDebtorBic"),
  };
}
