import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/catalogues";
import { csvDateTime, invoiceCsv, statementEntriesCsv } from "./statement-csv";

const fr = { t: getTranslator("fr"), locale: "fr", currency: "EUR" };
const en = { t: getTranslator("en"), locale: "en", currency: "EUR" };

function read(text: string) {
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text).toContain("\r\n");
  return parse(text.slice(1), { delimiter: ";" }) as string[][];
}

describe("the statement's CSV", () => {
  const entries = [
    {
      createdAt: new Date("2026-11-03T13:05:00Z"),
      type: "SALE" as const,
      amount: 12_345,
      memo: null,
      availableAt: new Date("2026-11-20T09:00:00Z"),
      orderNumber: "H-2026-000123",
      payoutPeriodKey: "2026-11-25",
    },
    {
      createdAt: new Date("2026-11-30T22:59:00Z"),
      type: "ADJUSTMENT" as const,
      amount: -5,
      memo: '=HYPERLINK("x")',
      availableAt: null,
      orderNumber: null,
      payoutPeriodKey: null,
    },
  ];

  it("has a row per entry, in French: decimal comma, Paris dates, translated types", () => {
    const rows = read(statementEntriesCsv(entries, fr));
    expect(rows[0]).toEqual(["Date", "Type", "Commande", "Libellé", "Montant", "Devise", "Disponible le", "Versement"]);
    expect(rows[1]).toEqual([
      "2026-11-03 14:05",
      "Vente",
      "H-2026-000123",
      "",
      "123,45",
      "EUR",
      "2026-11-20 10:00",
      "2026-11-25",
    ]);
    // 23:59 in Paris is still November; a memo that looks like a formula is kept as text
    expect(rows[2]).toEqual(["2026-11-30 23:59", "Ajustement", "", '\'=HYPERLINK("x")', "-0,05", "EUR", "", ""]);
  });

  it("writes decimal points in English", () => {
    const rows = read(statementEntriesCsv(entries, en));
    expect(rows[0][0]).toBe("Date");
    expect(rows[1][4]).toBe("123.45");
    expect(rows[2][4]).toBe("-0.05");
  });

  it("is a header alone for a month without entries", () => {
    expect(read(statementEntriesCsv([], fr))).toHaveLength(1);
  });

  it("formats an empty date as nothing", () => {
    expect(csvDateTime(null)).toBe("");
  });
});

describe("the invoice's CSV", () => {
  it("has its lines and its total, amounts excl. VAT, VAT and incl. VAT", () => {
    const rows = read(
      invoiceCsv(
        {
          number: "2026-000042",
          lines: [
            { kind: "COMMISSION", amountExclVat: 1_000, vatAmount: 200 },
            {
              kind: "PLAN_CHARGE",
              chargeKind: "MONTHLY_FEE",
              planName: "Premium",
              periodStart: "2026-10-31T23:00:00.000Z",
              periodEnd: "2026-11-30T23:00:00.000Z",
              amountExclVat: 3_999,
              vatAmount: 800,
            },
          ],
          amountExclVat: 4_999,
          vatAmount: 1_000,
          totalAmount: 5_999,
        },
        fr,
      ),
    );
    expect(rows).toEqual([
      ["Numéro", "Désignation", "Montant HT", "TVA", "Montant TTC", "Devise"],
      ["2026-000042", "Commission sur les ventes du mois", "10,00", "2,00", "12,00", "EUR"],
      ["2026-000042", "Abonnement Premium, du 1 novembre 2026 au 30 novembre 2026", "39,99", "8,00", "47,99", "EUR"],
      ["2026-000042", "Total", "49,99", "10,00", "59,99", "EUR"],
    ]);
  });
});
