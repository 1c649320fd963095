// The CSV files of a month (docs/payouts.md, formats): its ledger entries, and its invoice's lines.
// UTF-8 with a BOM (Excel reads the accents), `;` between cells whatever the language, CRLF line
// ends, amounts as decimal text in the currency's minor units (a decimal comma in French, a point
// in English), dates in the marketplace's time zone as "YYYY-MM-DD HH:mm". Pure.
import { stringify } from "csv-stringify/sync";
import { csvCell, csvCells } from "@/lib/text/csv-cell";
import { BILLING_TIME_ZONE } from "@/lib/fees/plan-charges";
import type { LedgerEntryType } from "@/lib/generated/prisma/client";
import type { Translate } from "@/lib/i18n/translate";
import { minorUnitsOf } from "@/lib/money/currency";
import { documentFormat, invoiceLineLabel } from "./document-format";
import { decimalText, type InvoiceLine } from "./statement-arithmetic";

export const CSV_SEPARATOR = ";";

type CsvOptions = { t: Translate; locale: string; currency: string };

const localDateTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: BILLING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-03 14:05" in the marketplace's time zone. */
export function csvDateTime(date: Date | null): string {
  return date ? localDateTime.format(date) : "";
}

/** A text cell a spreadsheet must not read as a formula (lib/text/csv-cell.ts; every cell goes through it). */
export function csvText(value: string | null): string {
  return csvCell(value);
}

function csvDocument(rows: string[][]): string {
  return `\uFEFF${stringify(csvCells(rows), { delimiter: CSV_SEPARATOR, record_delimiter: "windows" })}`;
}

function amountCell(options: CsvOptions) {
  const digits = minorUnitsOf(options.currency);
  const decimal = options.locale.startsWith("fr") ? "," : ".";
  return (amount: number) => decimalText(amount, digits, decimal);
}

export type StatementCsvEntry = {
  createdAt: Date;
  type: LedgerEntryType;
  amount: number;
  memo: string | null;
  availableAt: Date | null;
  orderNumber: string | null;
  payoutPeriodKey: string | null;
};

/** The month's entries, one row each, oldest first. */
export function statementEntriesCsv(entries: readonly StatementCsvEntry[], options: CsvOptions): string {
  const { t } = options;
  const amount = amountCell(options);
  const header = ["date", "type", "order", "memo", "amount", "currency", "availableAt", "payout"] as const;
  return csvDocument([
    header.map((column) => t(`statements.csv.${column}`)),
    ...entries.map((entry) => [
      csvDateTime(entry.createdAt),
      t(`statements.types.${entry.type}`),
      entry.orderNumber ?? "",
      csvText(entry.memo),
      amount(entry.amount),
      options.currency,
      csvDateTime(entry.availableAt),
      entry.payoutPeriodKey ?? "",
    ]),
  ]);
}

/** An invoice's lines and its total, one row each. */
export function invoiceCsv(
  invoice: {
    number: string;
    lines: readonly InvoiceLine[];
    amountExclVat: number;
    vatAmount: number;
    totalAmount: number;
  },
  options: CsvOptions,
): string {
  const { t } = options;
  const amount = amountCell(options);
  const f = documentFormat(t, options.locale, options.currency);
  const header = ["number", "line", "amountExclVat", "vatAmount", "totalAmount", "currency"] as const;
  return csvDocument([
    header.map((column) => t(`statements.csv.${column}`)),
    ...invoice.lines.map((line) => [
      invoice.number,
      csvText(invoiceLineLabel(line, f)),
      amount(line.amountExclVat),
      amount(line.vatAmount),
      amount(line.amountExclVat + line.vatAmount),
      options.currency,
    ]),
    [
      invoice.number,
      t("statements.csv.total"),
      amount(invoice.amountExclVat),
      amount(invoice.vatAmount),
      amount(invoice.totalAmount),
      options.currency,
    ],
  ]);
}
