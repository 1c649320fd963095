// The SEPA file's debtor is the marketplace (docs/payouts.md, SEPA): its legal name and the account
// payouts are paid from, set in the operator's settings. Pure.
import { isValidIban } from "./iban";
import { isSepaBic } from "./sepa-file";

export type DebtorSettings = { legalName: string; payoutDebtorIban: string; payoutDebtorBic: string };

/** A legal name and a valid IBAN; the BIC is optional (IBAN-only SEPA), but a BIC given must be valid. */
export function isDebtorReady(settings: DebtorSettings | null | undefined): settings is DebtorSettings {
  if (!settings) return false;
  const bic = settings.payoutDebtorBic.trim();
  return settings.legalName.trim() !== "" && isValidIban(settings.payoutDebtorIban) && (bic === "" || isSepaBic(bic));
}
