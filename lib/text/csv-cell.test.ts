import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { csvCell, csvCells, readCsvCell } from "./csv-cell";

describe("csvCell", () => {
  it("writes a cell starting with =, +, -, @, a tab or a carriage return as text", () => {
    expect(csvCell('=HYPERLINK("http://evil.test","x")')).toBe('\'=HYPERLINK("http://evil.test","x")');
    expect(csvCell("+33 6 12 34 56 78")).toBe("'+33 6 12 34 56 78");
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe("'\r=1+1");
  });

  it("leaves ordinary text, empty cells and plain numbers (negative amounts too) alone", () => {
    expect(csvCell("Pain de campagne")).toBe("Pain de campagne");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("")).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("-12,50")).toBe("-12,50");
    expect(csvCell("-12.50")).toBe("-12.50");
    expect(csvCell("+3")).toBe("+3");
    expect(csvCell(-1250)).toBe("-1250");
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("-1,2,3")).toBe("'-1,2,3");
    expect(csvCell(csvCell("=1"))).toBe("'=1");
    expect(readCsvCell("'=1")).toBe("=1");
    expect(readCsvCell("'ok")).toBe("'ok");
  });

  it("escapes whole rows", () => {
    expect(csvCells([["=1", "ok", null, 5]])).toEqual([["'=1", "ok", "", "5"]]);
  });

  it("never writes a cell a spreadsheet reads as a formula, and reads back what it wrote", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom("", "=", "+", "-", "@", "\t", "\r"), (rest, start) => {
        const text = start + rest;
        const cell = csvCell(text);
        const isNumber = /^[+-]?\d+(?:[.,]\d+)?$/.test(text);
        expect(/^[=+\-@\t\r]/.test(cell) && !isNumber).toBe(false);
        // through a real CSV file and back
        const [[read]] = parse(stringify([[cell]], { delimiter: ";" }), { delimiter: ";", relax_quotes: true });
        if (!/^'[=+\-@\t\r]/.test(text)) expect(readCsvCell(read)).toBe(text);
        expect(csvCell(cell)).toBe(cell);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});

describe("every CSV writer uses it", () => {
  it("the catalogue export writes formulas as text, and the import reads the value back", async () => {
    const { toCsvText } = await import("@/lib/catalog/csv/csv-text");
    const { decodeCsv } = await import("@/lib/catalog/csv/decode-csv");
    const { CSV_COLUMNS } = await import("@/lib/catalog/csv/columns");
    const row = CSV_COLUMNS.map((_, index) =>
      index === 1 ? '=HYPERLINK("http://evil.test")' : index === 6 ? "-1" : "",
    );
    const text = toCsvText([row], "fr");
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    const decoded = decodeCsv(new TextEncoder().encode(text));
    expect(decoded.ok && decoded.rows[0][1]).toBe('=HYPERLINK("http://evil.test")');
    expect(decoded.ok && decoded.rows[0][6]).toBe("-1");
  });
});
