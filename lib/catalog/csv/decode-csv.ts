import { CsvError, parse } from "csv-parse/sync";
import type { FileError } from "./columns";
import { readCsvCell } from "@/lib/text/csv-cell";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export type DecodedCsv = { ok: true; headers: string[]; rows: string[][] } | { ok: false; errors: FileError[] };

// Windows-1252's 0x80–0x9F (€, ’, œ, …): some Node builds decode "windows-1252" as Latin-1 and
// leave these as C1 control characters, so they are mapped here.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** UTF-8 (with or without its BOM) when the bytes are valid UTF-8, else Windows-1252 (older Excel). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252")
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]);
  }
}

/** The separator used on the header line, among `,` `;` and tab (French spreadsheets write `;`). */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ",");
  return counts[best] > 0 ? best : ",";
}

/**
 * The file's header cells and its rows (rows[i] is spreadsheet line i + 2). Parsing stops one row
 * past the limit, so a huge file is refused without being read whole into records.
 */
export function decodeCsv(bytes: Uint8Array, limits = { bytes: MAX_IMPORT_BYTES, rows: MAX_IMPORT_ROWS }): DecodedCsv {
  if (bytes.byteLength > limits.bytes) {
    return {
      ok: false,
      errors: [
        { message: "catalogImport.errors.fileTooLarge", values: { megabytes: Math.round(limits.bytes / 1024 / 1024) } },
      ],
    };
  }
  const text = decodeText(bytes);
  if (text.trim() === "") return { ok: false, errors: [{ message: "catalogImport.errors.emptyFile" }] };
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      to: limits.rows + 2,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      return { ok: false, errors: [{ message: "catalogImport.errors.malformed", values: { line } }] };
    }
    throw error;
  }
  // The apostrophe the export puts before =, +, -, @ (lib/text/csv-cell.ts) is not part of the value.
  const [headers = [], ...rows] = records.map((record) => record.map(readCsvCell));
  if (rows.length > limits.rows) {
    return { ok: false, errors: [{ message: "catalogImport.errors.tooManyRows", values: { limit: limits.rows } }] };
  }
  return { ok: true, headers, rows };
}
