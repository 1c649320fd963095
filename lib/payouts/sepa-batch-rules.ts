// What the SEPA batches share (docs/payouts.md, SEPA): ids written in the file, whom a payout pays
// and how it is shown. Pure.
import { isValidIban, normalizeIban } from "./iban";

/** At most this many transfers in one file; the rest wait for the next one. */
export const SEPA_BATCH_MAX_TRANSFERS = 5_000;
export const SEPA_PAGE_SIZE = 50;
/** A rejection's reason, as the operator types it from the bank's notice. */
export const REJECTION_REASON_MAX = 500;

/** "HALLE-20261210-3": the marketplace's date and the day's batch number (GrpHdr/MsgId, unique). */
export function sepaMessageIdOf(runDate: string, sequence: number): string {
  return `HALLE-${runDate.replaceAll("-", "")}-${sequence}`;
}

/**
 * A payout's end-to-end id: the bank reports it back, and it becomes the payout's reference. At most
 * 35 characters of the SEPA id set: "HALLE-<cuid>" (31), or for a uuid its 32 hex digits, "H-<hex>"
 * (34) — taking the hyphens out of a uuid keeps it unique.
 */
export function endToEndIdOf(payoutId: string): string {
  const compact = payoutId.replace(/[^A-Za-z0-9]/g, "");
  for (const prefix of ["HALLE-", "H-", ""]) if (prefix.length + compact.length <= 35) return `${prefix}${compact}`;
  throw new RangeError(`payout id too long for an end-to-end id: ${payoutId}`);
}

/** "•••• 0189": enough for the operator to recognise an account, not enough to use it. */
export function maskIbanTail(iban: string | null | undefined): string {
  if (!iban) return "";
  return `•••• ${normalizeIban(iban).slice(-4)}`;
}

/** What a payout's payee looks like once read: a shop, or an ambassador (a user). */
export type PayoutPayeeRow = {
  accountHolderName: string | null;
  accountIban: string | null;
  shop: { name: string; legalName: string | null; payoutHolderName: string | null; payoutIban: string | null } | null;
  ambassador: { payoutHolderName: string | null; payoutIban: string | null; user: { name: string } } | null;
};

export const PAYOUT_PAYEE_SELECT = {
  accountHolderName: true,
  accountIban: true,
  shop: { select: { name: true, legalName: true, payoutHolderName: true, payoutIban: true } },
  ambassador: { select: { payoutHolderName: true, payoutIban: true, user: { select: { name: true } } } },
} as const;

export type PayoutPayee = {
  kind: "shop" | "ambassador";
  /** the shop's or the ambassador's name, as the operator knows them */
  name: string;
  /** whom the transfer is addressed to: the account holder kept on the payout, else the payee's */
  holderName: string;
  /** the account kept on the payout when it was written, else the payee's current one */
  iban: string | null;
  ibanValid: boolean;
};

export function payeeOf(row: PayoutPayeeRow): PayoutPayee {
  const kind = row.shop ? "shop" : "ambassador";
  const name = row.shop?.name ?? row.ambassador?.user.name ?? "";
  const holderName =
    row.accountHolderName ||
    row.shop?.payoutHolderName ||
    row.shop?.legalName ||
    row.ambassador?.payoutHolderName ||
    name;
  const iban = row.accountIban ?? row.shop?.payoutIban ?? row.ambassador?.payoutIban ?? null;
  return { kind, name, holderName, iban: iban ? normalizeIban(iban) : null, ibanValid: !!iban && isValidIban(iban) };
}
