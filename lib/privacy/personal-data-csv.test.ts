import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { PersonalData } from "./export-personal-data";
import { personalDataCsv } from "./personal-data-csv";

const empty: PersonalData = {
  exportedAt: "2026-12-06T05:00:00.000Z",
  account: {},
  addresses: [],
  cart: [],
  orders: [],
  reviews: [],
  orderMessages: [],
  contactRequests: [],
  signInAttempts: [],
  shops: [],
  supportRequests: [],
  ambassador: null,
  auditEntries: [],
};

const rowsOf = (data: PersonalData): string[][] => parse(personalDataCsv(data), { bom: true, delimiter: ";" });

describe("personalDataCsv", () => {
  it("one row per value: section, record number, dotted field path, value", () => {
    const rows = rowsOf({
      ...empty,
      account: { email: "camille@example.test", isBusiness: false, companyName: null },
      orders: [
        { number: "H-1", totalAmount: 4390, parts: [{ shop: "Fournil", lines: [{ title: "Pain", quantity: 2 }] }] },
        { number: "H-2", parts: [] },
      ],
    });
    expect(rows[0]).toEqual(["section", "record", "field", "value"]);
    expect(rows).toContainEqual(["exportedAt", "", "", "2026-12-06T05:00:00.000Z"]);
    expect(rows).toContainEqual(["account", "", "email", "camille@example.test"]);
    expect(rows).toContainEqual(["account", "", "isBusiness", "false"]);
    expect(rows).toContainEqual(["account", "", "companyName", ""]);
    expect(rows).toContainEqual(["orders", "1", "totalAmount", "4390"]);
    expect(rows).toContainEqual(["orders", "1", "parts.1.lines.1.title", "Pain"]);
    expect(rows).toContainEqual(["orders", "2", "number", "H-2"]);
    expect(rows.filter((row) => row[0] === "ambassador")).toEqual([["ambassador", "", "", ""]]);
  });

  it("quotes what a spreadsheet would run as a formula, keeps separators and line breaks inside a cell", () => {
    const rows = rowsOf({ ...empty, account: { name: "=1+1", note: "a;b\r\nc", other: "@SUM(A1)" } });
    expect(rows).toContainEqual(["account", "", "name", "'=1+1"]);
    expect(rows).toContainEqual(["account", "", "note", "a;b\r\nc"]);
    expect(rows).toContainEqual(["account", "", "other", "'@SUM(A1)"]);
  });

  it("starts with a BOM and ends lines with CRLF (spreadsheets read the accents)", () => {
    const text = personalDataCsv({ ...empty, account: { name: "Léa" } });
    expect(text.startsWith("\uFEFFsection;record;field;value\r\n")).toBe(true);
  });
});
