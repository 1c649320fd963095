import { describe, expect, it } from "vitest";
import { decodeCsv, decodeText, detectDelimiter } from "./decode-csv";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads Windows-1252 bytes (older Excel) with their accents", () => {
    // "Pâté maison;12,50" in Windows-1252: â = 0xE2, é = 0xE9 (not valid UTF-8)
    const bytes = new Uint8Array([
      0x50, 0xe2, 0x74, 0xe9, 0x20, 0x6d, 0x61, 0x69, 0x73, 0x6f, 0x6e, 0x3b, 0x31, 0x32, 0x2c, 0x35, 0x30, 0x80,
    ]);
    expect(decodeText(bytes)).toBe("Pâté maison;12,50€");
  });

  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeText(utf8("Crème brûlée"))).toBe("Crème brûlée");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Crème")]))).toBe("Crème");
  });
});

describe("detectDelimiter", () => {
  it("finds the separator on the header line", () => {
    expect(detectDelimiter("sku;title;price\nA;Pain, complet;3")).toBe(";");
    expect(detectDelimiter("sku,title,price\nA;B;C;D;E")).toBe(",");
    expect(detectDelimiter("sku\ttitle\tprice")).toBe("\t");
    expect(detectDelimiter('"a;b",title,price')).toBe(",");
    expect(detectDelimiter("sku")).toBe(",");
  });
});

describe("decodeCsv", () => {
  it("parses quotes, doubled quotes and newlines inside cells", () => {
    const result = decodeCsv(
      utf8('sku;title;description\nA-1;"Pain ""bio""";"Ligne 1\nLigne 2; encore"\nA-2;Baguette;\n'),
    );
    expect(result).toEqual({
      ok: true,
      headers: ["sku", "title", "description"],
      rows: [
        ["A-1", 'Pain "bio"', "Ligne 1\nLigne 2; encore"],
        ["A-2", "Baguette", ""],
      ],
    });
  });

  it("parses a Windows-1252 file with semicolons and CRLF", () => {
    const text = "référence;titre;prix\r\nP1;Pâté;12,50\r\n";
    const bytes = new Uint8Array(
      [...text].map((char) => (char === "é" ? 0xe9 : char === "â" ? 0xe2 : char.charCodeAt(0))),
    );
    expect(decodeCsv(bytes)).toEqual({
      ok: true,
      headers: ["référence", "titre", "prix"],
      rows: [["P1", "Pâté", "12,50"]],
    });
  });

  it("keeps empty lines so row numbers match the spreadsheet's", () => {
    const result = decodeCsv(utf8("sku,title,price\nA,B,1\n\nC,D,2\n"));
    expect(result.ok && result.rows.length).toBe(3);
  });

  it("refuses a file over the row limit with the limit in the message", () => {
    const lines = ["sku,title,price", ...Array.from({ length: 11 }, (_, i) => `S${i},T,1`)];
    expect(decodeCsv(utf8(lines.join("\n")), { bytes: 1_000_000, rows: 10 })).toEqual({
      ok: false,
      errors: [{ message: "catalogImport.errors.tooManyRows", values: { limit: 10 } }],
    });
    expect(decodeCsv(utf8(lines.slice(0, 11).join("\n")), { bytes: 1_000_000, rows: 10 }).ok).toBe(true);
  });

  it("refuses a file over the size limit, an empty file and an unclosed quote", () => {
    expect(decodeCsv(utf8("sku,title,price\nA,B,1"), { bytes: 10, rows: 10 })).toMatchObject({
      ok: false,
      errors: [{ message: "catalogImport.errors.fileTooLarge" }],
    });
    expect(decodeCsv(utf8("  \n"))).toMatchObject({
      ok: false,
      errors: [{ message: "catalogImport.errors.emptyFile" }],
    });
    expect(decodeCsv(utf8('sku,title,price\nA,"B,1\n'))).toMatchObject({
      ok: false,
      errors: [{ message: "catalogImport.errors.malformed" }],
    });
  });
});
