// The CSV form of a personal data export (docs/security.md, personal data): one file, one row per
// value, with four columns: section, record (1, 2… within the section; empty for a single record),
// field (a dotted path for nested values: parts.1.lines.2.title) and value. UTF-8 with a BOM,
// `;` between cells, CRLF line ends, texts that a spreadsheet would read as a formula quoted. Pure.
import { stringify } from "csv-stringify/sync";
import { csvText } from "@/lib/statements/statement-csv";
import type { PersonalData, PersonalRecord, PersonalValue } from "./export-personal-data";

type Nested = PersonalValue | PersonalValue[] | PersonalRecord | PersonalRecord[] | null;

export const PERSONAL_DATA_CSV_HEADER = ["section", "record", "field", "value"] as const;

function cell(value: PersonalValue): string {
  if (value === null) return "";
  if (typeof value === "string") return csvText(value);
  return String(value);
}

function flatten(value: Nested, path: string, into: [string, string][]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, path ? `${path}.${index + 1}` : String(index + 1), into));
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, field] of Object.entries(value)) flatten(field, path ? `${path}.${key}` : key, into);
    return;
  }
  into.push([path, cell(value)]);
}

export function personalDataCsv(data: PersonalData): string {
  const rows: string[][] = [[...PERSONAL_DATA_CSV_HEADER]];
  for (const [section, content] of Object.entries(data) as [string, Nested | string][]) {
    const records: [string, Nested][] = Array.isArray(content)
      ? (content as PersonalRecord[]).map((record, index) => [String(index + 1), record])
      : [["", content as Nested]];
    for (const [record, value] of records) {
      const fields: [string, string][] = [];
      flatten(value, "", fields);
      for (const [field, text] of fields) rows.push([section, record, field, text]);
    }
  }
  return `\uFEFF${stringify(rows, { delimiter: ";", record_delimiter: "windows" })}`;
}
