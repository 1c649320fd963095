// One rule for every CSV Halle writes (catalogue export, ledger, statements, invoices): a cell a
// spreadsheet would run as a formula is written as text (docs/security.md, "Correctness at the
// edges"). A text starting with =, +, -, @ (or a tab or a carriage return, which some spreadsheets
// skip before reading a formula) gets a leading apostrophe; plain numbers ("-12,50", "+3") are
// numbers, not formulas, and stay as they are. Escaping twice changes nothing; readCsvCell drops the
// apostrophe when Halle reads a CSV back (a text typed as "'=…" reads back as "=…").

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** The cell as written: null and undefined are empty; a formula-looking text is kept as text. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Idempotent: a cell already written as text ("'=…") is left as it is.
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Every cell of the rows through csvCell. */
export function csvCells(rows: readonly (readonly (string | number | null | undefined)[])[]): string[][] {
  return rows.map((row) => row.map(csvCell));
}

/** A cell read back from a CSV: the apostrophe csvCell added before a formula character is dropped. */
export function readCsvCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
