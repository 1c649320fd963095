// SEPA credit-transfer files (docs/payouts.md, SEPA). Pure: the input in, a pain.001.001.03 document
// out, written by the `sepa` library. What we add around it: amounts from minor units, exact; names
// and remittance text in the SEPA character set and cut to the schema's lengths; ids and IBANs checked
// before anything is written, so a bad batch is refused here rather than by the bank.
import { Document } from "sepa";
import { isValidIban, normalizeIban } from "./iban";

export const SEPA_PAIN_FORMAT = "pain.001.001.03";
/** Name (Nm): Max70Text. */
export const SEPA_NAME_MAX = 70;
/** Unstructured remittance (Ustrd): Max140Text. */
export const SEPA_REMITTANCE_MAX = 140;
/** Message, payment and end-to-end ids: RestrictedIdentificationSEPA1, 35 characters. */
export const SEPA_ID_MAX = 35;
/** One transfer's amount: at most 999 999 999.99 (the schema's maximum), in minor units. */
export const SEPA_MAX_AMOUNT = 99_999_999_999;

export type SepaTransfer = {
  /** unique per transfer; the bank reports it back (RestrictedIdentificationSEPA1) */
  endToEndId: string;
  /** minor units, > 0 */
  amount: number;
  /** ISO 4217; SEPA credit transfers are in euros only */
  currency: string;
  creditorName: string;
  creditorIban: string;
  /** optional: SEPA allows IBAN-only transfers */
  creditorBic?: string | null;
  remittance: string;
};

export type SepaCreditTransferInput = {
  /** GrpHdr/MsgId, unique per file; the payment block's id is `<messageId>.0`, transfers `<messageId>.0.<n>` */
  messageId: string;
  createdAt: Date;
  /** the requested execution date, a calendar date "2026-12-10" */
  executionDate: string;
  debtor: { name: string; iban: string; bic?: string | null };
  transfers: SepaTransfer[];
};

// Transliterations NFKD does not do (no combining mark to drop) and signs with a SEPA spelling.
const SPECIAL: Record<string, string> = {
  ß: "ss",
  Æ: "AE",
  æ: "ae",
  Œ: "OE",
  œ: "oe",
  Ø: "O",
  ø: "o",
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Þ: "TH",
  þ: "th",
  "&": "+",
  "’": "'",
  "‘": "'",
  "`": "'",
  "´": "'",
  '"': "'",
  "“": "'",
  "”": "'",
  "«": "'",
  "»": "'",
  _: "-",
  "–": "-",
  "—": "-",
  "€": "EUR",
};

/** 12345 → "123.45", -5 → "-0.05": minor units as a decimal with two places, by integer arithmetic. */
export function formatMinorUnits(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not an amount in minor units: ${amount}`);
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Anything outside the EPC's basic Latin set: a-z A-Z 0-9 / - ? : ( ) . , ' + space. */
const OUTSIDE_SEPA_SET = /[^A-Za-z0-9/\-?:().,'+ ]/g;
const SEPA_ID = /^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;
const BIC = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/;

/**
 * "Épicerie Müller & fils" → "Epicerie Muller + fils": accents dropped, other letters spelled in
 * basic Latin, anything else a space; spaces collapsed; cut to `maxLength`. May be "".
 */
export function toSepaText(input: string, maxLength: number): string {
  const latin = input
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|[&`"_]/g, (char) => SPECIAL[char] ?? " ");
  return latin.replace(OUTSIDE_SEPA_SET, " ").replace(/\s+/g, " ").trim().slice(0, maxLength).trim();
}

/** A BIC as the schema takes it (8 or 11 characters), spaces and case forgiven. */
export function isSepaBic(value: string): boolean {
  return BIC.test(value.replace(/\s/g, "").toUpperCase());
}

export function isSepaId(id: string): boolean {
  return SEPA_ID.test(id) && !id.startsWith("/") && !id.includes("//");
}

function sepaId(id: string, what: string, room = 0): string {
  if (!isSepaId(id) || id.length > SEPA_ID_MAX - room) throw new RangeError(`${what} is not a SEPA id: "${id}"`);
  return id;
}

function iban(input: string, what: string): string {
  if (!isValidIban(input)) throw new RangeError(`${what} is not a valid IBAN`);
  return normalizeIban(input);
}

function bic(input: string | null | undefined, what: string): string {
  const value = (input ?? "").replace(/\s/g, "").toUpperCase();
  if (value !== "" && !BIC.test(value)) throw new RangeError(`${what} is not a valid BIC: "${value}"`);
  return value;
}

/** The library writes dates with the process's local clock: give it one showing the wall time wanted. */
function localClockOf(parts: {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}) {
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour ?? 12, parts.minute ?? 0, parts.second ?? 0);
}

const PARIS_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** CreDtTm carries no zone: the marketplace's wall time (Europe/Paris), as the operator reads it. */
function parisWallClock(instant: Date): Date {
  const parts = Object.fromEntries(PARIS_CLOCK.formatToParts(instant).map((part) => [part.type, part.value]));
  return localClockOf({
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  });
}

function calendarDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: "${date}"`);
  return localClockOf({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** A name as the schema takes it (1 to 70 SEPA characters); one with nothing left says so. */
function sepaName(name: string): string {
  return toSepaText(name, SEPA_NAME_MAX) || "NOTPROVIDED";
}

/**
 * The pain.001.001.03 document of one batch: one payment block (the marketplace's account, the
 * requested execution date) with one transfer per payout. Throws RangeError on input the bank would
 * refuse (no transfer, an amount ≤ 0 or too large, a currency other than EUR, a bad IBAN/BIC or id).
 */
export function buildSepaCreditTransferXml(input: SepaCreditTransferInput): string {
  if (input.transfers.length === 0) throw new RangeError("a SEPA file needs at least one transfer");
  // the transfers' ids (InstrId) are "<messageId>.0.<index>"
  const messageId = sepaId(input.messageId, "messageId", `.0.${input.transfers.length - 1}`.length);
  const endToEndIds = new Set<string>();
  let totalMinor = 0;

  const doc = new Document(SEPA_PAIN_FORMAT);
  doc.grpHdr.id = messageId;
  doc.grpHdr.created = parisWallClock(input.createdAt);
  doc.grpHdr.initiatorName = sepaName(input.debtor.name);

  const info = doc.createPaymentInfo();
  info.requestedExecutionDate = calendarDate(input.executionDate);
  info.debtorName = sepaName(input.debtor.name);
  info.debtorIBAN = iban(input.debtor.iban, "debtor IBAN");
  info.debtorBIC = bic(input.debtor.bic, "debtor BIC");
  doc.addPaymentInfo(info);

  for (const transfer of input.transfers) {
    if (!Number.isSafeInteger(transfer.amount) || transfer.amount <= 0 || transfer.amount > SEPA_MAX_AMOUNT)
      throw new RangeError(`amount out of range: ${transfer.amount}`);
    if (transfer.currency !== "EUR") throw new RangeError(`SEPA transfers are in EUR, not ${transfer.currency}`);
    const endToEndId = sepaId(transfer.endToEndId, "endToEndId");
    if (endToEndIds.has(endToEndId)) throw new RangeError(`endToEndId used twice: ${endToEndId}`);
    endToEndIds.add(endToEndId);
    totalMinor += transfer.amount;

    const tx = info.createTransaction();
    tx.end2endId = endToEndId;
    // n / 100 is the double nearest the decimal, and toFixed(2) prints it exactly (n < 2^53)
    tx.amount = transfer.amount / 100;
    tx.currency = "EUR";
    tx.creditorName = sepaName(transfer.creditorName);
    tx.creditorIBAN = iban(transfer.creditorIban, `creditor IBAN of ${endToEndId}`);
    tx.creditorBIC = bic(transfer.creditorBic, `creditor BIC of ${endToEndId}`);
    tx.remittanceInfo = toSepaText(transfer.remittance, SEPA_REMITTANCE_MAX) || endToEndId;
    info.addTransaction(tx);
  }

  // The library adds the amounts as floats; the control sum is the exact sum of the minor units.
  info.normalize = () => {
    info.controlSum = totalMinor / 100;
  };
  const xml = doc.toString();
  const controlSum = formatMinorUnits(totalMinor);
  if (!xml.includes(`<CtrlSum>${controlSum}</CtrlSum>`)) throw new Error("SEPA control sum mismatch");
  return xml;
}
