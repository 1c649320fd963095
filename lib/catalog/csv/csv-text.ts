import { stringify } from "csv-stringify/sync";
import { csvCells } from "@/lib/text/csv-cell";
import { CSV_COLUMNS, EXPORT_WORDS } from "./columns";

export type CsvLocale = keyof typeof EXPORT_WORDS;

/** Spreadsheet settings per language: French Excel expects `;` between cells. */
/** The CSV conventions for a viewer's language: Persian spreadsheets read the English ones. */
export function csvLocaleOf(locale: string): CsvLocale {
  return locale === "fr" ? "fr" : "en";
}

export const CSV_DELIMITER: Record<CsvLocale, string> = { fr: ";", en: "," };

/** Rows of cells (in CSV_COLUMNS order) as the CSV a spreadsheet opens right: canonical headers, BOM so Excel reads UTF-8 accents. */
export function toCsvText(rows: string[][], locale: CsvLocale): string {
  // A cell a spreadsheet would run as a formula is written as text (decodeCsv reads it back).
  const cells = csvCells([CSV_COLUMNS.map((column) => column.header), ...rows]);
  return `\uFEFF${stringify(cells, { delimiter: CSV_DELIMITER[locale], record_delimiter: "windows" })}`;
}

/** A file to start from: every column, two example rows in the viewer's language. */
export function catalogTemplateCsv(locale: CsvLocale): string {
  const w = EXPORT_WORDS[locale];
  const decimal = locale === "fr" ? "," : ".";
  const examples = [
    [
      "PAIN-001",
      "Pain de campagne",
      "Au levain, cuit au feu de bois",
      "Farine de blé T80, eau, sel, levain.",
      w.PHYSICAL,
      "",
      `4${decimal}50`,
      "",
      w.no,
      "",
      w.yes,
      "20",
      w.no,
      "800",
      "",
      w.DRAFT,
    ],
    [
      "FROM-001",
      "Comté 18 mois",
      "Affiné en cave, vendu à la coupe",
      "",
      w.PHYSICAL,
      "",
      `28${decimal}90`,
      "",
      w.yes,
      "kg",
      w.no,
      "0",
      w.no,
      "",
      "",
      w.DRAFT,
    ],
  ];
  return toCsvText(examples, locale);
}
