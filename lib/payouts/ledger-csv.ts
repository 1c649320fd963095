import "server-only";
import { stringify } from "csv-stringify/sync";
import { csvCell, csvCells } from "@/lib/text/csv-cell";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getTranslator } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/config";
import { minorUnitsOf } from "@/lib/money/currency";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import {
  LEDGER_ROW_SELECT,
  ledgerWhereOf,
  parseLedgerFilters,
  toLedgerRow,
  type LedgerRow,
} from "./list-ledger-entries";
import { PAYOUT_TIME_ZONE } from "./schedule";

// The ledger as CSV (docs/payouts.md, the vendor's money page): the page's filters, every matching
// entry newest first, read by keyset in chunks and streamed, so 50,000 rows never sit in memory.
// Spreadsheet settings follow the viewer's language as the catalogue export does: French Excel
// expects `;` between cells and a decimal comma; English `,` and a decimal point. A BOM lets Excel
// read UTF-8. Amounts are decimal text in the entry's currency ("-12,34"), dates Paris local time.

export const LEDGER_CSV_CHUNK = 1000;

const CSV_FORMAT: Record<Locale, { delimiter: string; decimal: string }> = {
  fr: { delimiter: ";", decimal: "," },
  en: { delimiter: ",", decimal: "." },
  // Persian spreadsheets read a comma and a decimal point (the rial has no decimals anyway).
  fa: { delimiter: ",", decimal: "." },
};

/** -1234 EUR → "-12,34" (fr) or "-12.34" (en): exact, from the integer of minor units. */
export function decimalText(amount: number, currency: string, decimal: string): string {
  const digits = minorUnitsOf(currency);
  const sign = amount < 0 ? "-" : "";
  const absolute = Math.abs(amount);
  if (digits === 0) return `${sign}${absolute}`;
  const divisor = 10 ** digits;
  return `${sign}${Math.floor(absolute / divisor)}${decimal}${String(absolute % divisor).padStart(digits, "0")}`;
}

const dateTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: PAYOUT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-12-05 14:03", the marketplace's local time: a spreadsheet reads it as a date. */
export function csvDateTime(instant: Date | null): string {
  return instant ? dateTime.format(instant) : "";
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text (lib/text/csv-cell.ts). */
const textCell = csvCell;

function csvLines(rows: string[][], delimiter: string): string {
  return stringify(csvCells(rows), { delimiter, record_delimiter: "windows" });
}

/**
 * The shop's ledger under the filters as a CSV stream, for its owner (a closed shop's too).
 * Authorization and the filters are checked before anything is returned (NOT_FOUND, FORBIDDEN,
 * UNAUTHENTICATED, VALIDATION); the rows are read while the stream is consumed.
 */
export async function exportLedgerCsv(
  actor: Actor | null,
  shopId: string,
  options: { filters?: Record<string, unknown>; locale: Locale; now?: Date },
): Promise<{ fileName: string; stream: ReadableStream<Uint8Array> }> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true, slug: true }, { includeClosed: true });
  const filters = parseLedgerFilters(options.filters ?? {});
  const now = options.now ?? new Date();
  const where = ledgerWhereOf(shop.id, filters, now);
  const t = getTranslator(options.locale);
  const { delimiter, decimal } = CSV_FORMAT[options.locale];
  const header = [
    t("money.csv.date"),
    t("money.csv.type"),
    t("money.csv.order"),
    t("money.csv.memo"),
    t("money.csv.amount"),
    t("money.csv.currency"),
    t("money.csv.state"),
    t("money.csv.availableAt"),
    t("money.csv.payout"),
  ];
  const cells = (row: LedgerRow) => [
    csvDateTime(row.createdAt),
    t(`payouts.entryType.${row.type}`),
    row.orderNumber ?? "",
    textCell(row.memo),
    decimalText(row.amount, row.currency, decimal),
    row.currency,
    t(`money.state.${row.state}`),
    csvDateTime(row.availableAt),
    row.payout?.periodKey ?? "",
  ];

  const encoder = new TextEncoder();
  let after: { createdAt: Date; id: string } | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLines([header], delimiter)}`));
        return;
      }
      // Keyset on (createdAt, id) descending: the index (shopId, createdAt, id) serves every chunk.
      const keyset: Prisma.LedgerEntryWhereInput | null = after
        ? {
            OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
          }
        : null;
      const entries = await db.ledgerEntry.findMany({
        where: keyset ? { AND: [where, keyset] } : where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: LEDGER_CSV_CHUNK,
        select: LEDGER_ROW_SELECT,
      });
      if (entries.length > 0) {
        const rows = entries.map((entry) => cells(toLedgerRow(entry, now)));
        controller.enqueue(encoder.encode(csvLines(rows, delimiter)));
        const last = entries[entries.length - 1];
        after = { createdAt: last.createdAt, id: last.id };
      }
      if (entries.length < LEDGER_CSV_CHUNK) controller.close();
    },
  });
  const date = csvDateTime(now).slice(0, 10);
  return { fileName: `ledger-${shop.slug}-${date}.csv`, stream };
}
