import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePain001 } from "@/tests/support/sepa/validate-pain001";
import {
  buildSepaCreditTransferXml,
  formatMinorUnits,
  SEPA_NAME_MAX,
  SEPA_REMITTANCE_MAX,
  toSepaText,
  type SepaCreditTransferInput,
  type SepaTransfer,
} from "./sepa-file";

// docs/payouts.md, SEPA: the file Halle hands the operator must pass the bank's schema check.

const DEBTOR = { name: "Halle Démo SAS", iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" };
const IBANS = ["DE89370400440532013000", "FR1420041010050500013M02606", "BE68539007547034", "NL91ABNA0417164300"];

function transfer(index: number, data: Partial<SepaTransfer> = {}): SepaTransfer {
  return {
    endToEndId: `HALLE-P${index}`,
    amount: 1000 + index,
    currency: "EUR",
    creditorName: `Boutique ${index}`,
    creditorIban: IBANS[index % IBANS.length],
    remittance: `Versement Halle 2026-12-10 boutique ${index}`,
    ...data,
  };
}

function input(transfers: SepaTransfer[], data: Partial<SepaCreditTransferInput> = {}): SepaCreditTransferInput {
  return {
    messageId: "HALLE-20261210-1",
    createdAt: new Date("2026-12-10T08:15:30Z"),
    executionDate: "2026-12-10",
    debtor: DEBTOR,
    transfers,
    ...data,
  };
}

const all = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((match) => match[1]);
const one = (xml: string, tag: string) => all(xml, tag)[0];
/** "123.45" → 12345, by string arithmetic: the test must not trust floats either. */
const minorOf = (decimal: string) => {
  const [units, cents = ""] = decimal.split(".");
  return Number(units) * 100 + Number(cents.padEnd(2, "0"));
};

describe("buildSepaCreditTransferXml", () => {
  it("writes one transfer that validates against the pain.001.001.03 schema", async () => {
    const xml = buildSepaCreditTransferXml(input([transfer(0, { amount: 12345, creditorName: "Épicerie Müller" })]));
    const result = await validatePain001(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"');
    expect(one(xml, "MsgId")).toBe("HALLE-20261210-1");
    // the marketplace's wall time (Paris, UTC+1 in December)
    expect(one(xml, "CreDtTm")).toBe("2026-12-10T09:15:30");
    expect(one(xml, "ReqdExctnDt")).toBe("2026-12-10");
    expect(all(xml, "NbOfTxs")).toEqual(["1", "1"]);
    expect(all(xml, "CtrlSum")).toEqual(["123.45", "123.45"]);
    expect(one(xml, "InstdAmt")).toBe("123.45");
    expect(all(xml, "Nm")).toEqual(["Halle Demo SAS", "Halle Demo SAS", "Epicerie Muller"]);
    expect(one(xml, "EndToEndId")).toBe("HALLE-P0");
    expect(one(xml, "BIC")).toBe("AGRIFRPPXXX");
    // IBAN only for the creditor: no agent element at all
    expect(xml).not.toContain("<CdtrAgt>");
  });

  it("writes many transfers with the right count and an exact control sum", async () => {
    // 10 + 20 cents, many times: the sum a float adds up wrongly
    const transfers = Array.from({ length: 250 }, (_, index) => transfer(index, { amount: index % 2 ? 10 : 20 }));
    const xml = buildSepaCreditTransferXml(input(transfers));
    expect((await validatePain001(xml)).valid).toBe(true);
    expect(all(xml, "NbOfTxs")).toEqual(["250", "250"]);
    expect(all(xml, "CtrlSum")).toEqual(["37.50", "37.50"]);
    expect(all(xml, "InstdAmt").map(minorOf)).toEqual(transfers.map((t) => t.amount));
    expect(new Set(all(xml, "InstrId")).size).toBe(250);
  });

  it("keeps large amounts exact up to the schema's maximum", async () => {
    const xml = buildSepaCreditTransferXml(
      input([
        transfer(0, { amount: 99_999_999_999 }),
        transfer(1, { amount: 1 }),
        transfer(2, { amount: 900_719_925 }),
      ]),
    );
    expect((await validatePain001(xml)).valid).toBe(true);
    expect(all(xml, "InstdAmt")).toEqual(["999999999.99", "0.01", "9007199.25"]);
    expect(one(xml, "CtrlSum")).toBe("1009007199.25");
  });

  it("the control sum is the sum of the amounts, whatever they are (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99_999_999_999 }), { minLength: 1, maxLength: 40 }), (amounts) => {
        const xml = buildSepaCreditTransferXml(input(amounts.map((amount, index) => transfer(index, { amount }))));
        const total = amounts.reduce((sum, amount) => sum + amount, 0);
        expect(all(xml, "CtrlSum")).toEqual([formatMinorUnits(total), formatMinorUnits(total)]);
        expect(all(xml, "InstdAmt").map(minorOf)).toEqual(amounts);
      }),
      { numRuns: 200 },
    );
  });

  it("spells awkward names and remittances in the SEPA character set, cut to the schema's lengths", async () => {
    const long = "Les Délices d'Hélène & Œufs frais — Boulangerie-Pâtisserie artisanale de la Place du Marché";
    const xml = buildSepaCreditTransferXml(
      input(
        [
          transfer(0, { creditorName: long, remittance: `Versement « ${long} » ${"x".repeat(200)}` }),
          transfer(1, { creditorName: "Straße 東京 <b>&amp;</b>" }),
          transfer(2, { creditorName: "東京", remittance: "  " }),
        ],
        { debtor: { ...DEBTOR, name: "Halle & Cie — Société" } },
      ),
    );
    const result = await validatePain001(xml);
    expect(result.errors).toEqual([]);
    const names = all(xml, "Nm");
    expect(names[0]).toBe("Halle + Cie - Societe");
    expect(names[2]).toBe("Les Delices d&apos;Helene + OEufs frais - Boulangerie-Patisserie artisanale");
    expect(names[2].replace("&apos;", "'")).toHaveLength(SEPA_NAME_MAX);
    expect(names[3]).toBe("Strasse b +amp /b");
    // nothing left of the name: a placeholder the schema accepts; no remittance: the end-to-end id
    expect(names[4]).toBe("NOTPROVIDED");
    expect(all(xml, "Ustrd")[2]).toBe("HALLE-P2");
    expect(all(xml, "Ustrd")[0].replace(/&apos;/g, "'").length).toBeLessThanOrEqual(SEPA_REMITTANCE_MAX);
  });

  it("takes a creditor's BIC when there is one, and a debtor without one", async () => {
    const xml = buildSepaCreditTransferXml(
      input([transfer(0, { creditorIban: "DE89370400440532013000", creditorBic: "cobadeffxxx" })], {
        debtor: { ...DEBTOR, bic: "" },
      }),
    );
    expect((await validatePain001(xml)).valid).toBe(true);
    expect(xml).toContain("<CdtrAgt><FinInstnId><BIC>COBADEFFXXX</BIC></FinInstnId></CdtrAgt>");
    expect(xml).toContain("<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>");
  });

  it("normalizes IBANs typed with spaces", () => {
    const xml = buildSepaCreditTransferXml(
      input([transfer(0, { creditorIban: "de89 3704 0044 0532 0130 00" })], {
        debtor: { ...DEBTOR, iban: "FR76 3000 6000 0112 3456 7890 189" },
      }),
    );
    expect(all(xml, "IBAN")).toEqual(["FR7630006000011234567890189", "DE89370400440532013000"]);
  });

  it.each<[string, SepaCreditTransferInput]>([
    ["no transfer", input([])],
    ["a zero amount", input([transfer(0, { amount: 0 })])],
    ["a negative amount", input([transfer(0, { amount: -100 })])],
    ["a fractional amount", input([transfer(0, { amount: 10.5 })])],
    ["an amount over the maximum", input([transfer(0, { amount: 100_000_000_000 })])],
    ["another currency", input([transfer(0, { currency: "CHF" })])],
    ["a bad creditor IBAN", input([transfer(0, { creditorIban: "FR7630006000011234567890180" })])],
    ["a bad debtor IBAN", input([transfer(0)], { debtor: { ...DEBTOR, iban: "XX00" } })],
    ["a bad BIC", input([transfer(0, { creditorBic: "NOPE" })])],
    ["a BIC of another country than the IBAN", input([transfer(0, { creditorBic: "AGRIFRPPXXX" })])],
    ["an end-to-end id out of the set", input([transfer(0, { endToEndId: "HALLE_É" })])],
    ["an end-to-end id too long", input([transfer(0, { endToEndId: "X".repeat(36) })])],
    ["an end-to-end id starting with a slash", input([transfer(0, { endToEndId: "/HALLE" })])],
    ["an end-to-end id used twice", input([transfer(0), transfer(1, { endToEndId: "HALLE-P0" })])],
    ["a message id too long for its transfers' ids", input([transfer(0)], { messageId: "M".repeat(32) })],
    ["a bad execution date", input([transfer(0)], { executionDate: "10/12/2026" })],
  ])("refuses %s", (_, bad) => {
    expect(() => buildSepaCreditTransferXml(bad)).toThrow();
  });
});

describe("the schema check", () => {
  it("refuses a broken document, so a passing check means something", async () => {
    const xml = buildSepaCreditTransferXml(input([transfer(0), transfer(1)]));
    expect((await validatePain001(xml)).valid).toBe(true);
    const broken = [
      xml.replace(/<InstdAmt Ccy="EUR">[^<]+</, '<InstdAmt Ccy="EUR">10.555<'),
      xml.replace(/<InstdAmt Ccy="EUR">/, '<InstdAmt Ccy="USD">'),
      xml.replace(/<Cdtr><Nm>[^<]+<\/Nm><\/Cdtr>/, "<Cdtr><Nm></Nm></Cdtr>"),
      xml.replace("<MsgId>HALLE-20261210-1</MsgId>", "<MsgId>HALLE_20261210_1</MsgId>"),
      xml.replace(/<ReqdExctnDt>[^<]+<\/ReqdExctnDt>/, ""),
      xml.replace("</CstmrCdtTrfInitn>", "<Extra/></CstmrCdtTrfInitn>"),
    ];
    for (const document of broken) {
      const result = await validatePain001(document);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});

describe("toSepaText", () => {
  it.each([
    ["Épicerie Müller", "Epicerie Muller"],
    ["Crêperie Ça & Là", "Creperie Ca + La"],
    ["Smørrebrød Łódź", "Smorrebrod Lodz"],
    ["L’atelier “bio”", "L'atelier 'bio'"],
    ["  trop   d’espaces\n\tici ", "trop d'espaces ici"],
    ["café@halle.fr #1 ; 100 %", "cafe halle.fr 1 100"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(toSepaText(text, 70)).toBe(expected);
  });

  it("always gives SEPA characters within the length (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 140 }), (text, max) => {
        const result = toSepaText(text, max);
        expect(result).toMatch(/^[A-Za-z0-9/\-?:().,'+ ]*$/);
        expect(result.length).toBeLessThanOrEqual(max);
        expect(result).toBe(result.trim());
      }),
    );
  });
});

describe("formatMinorUnits", () => {
  it.each([
    [12345, "123.45"],
    [5, "0.05"],
    [100, "1.00"],
    [0, "0.00"],
    [-5, "-0.05"],
    [99_999_999_999, "999999999.99"],
  ])("%d → %s", (amount, expected) => {
    expect(formatMinorUnits(amount)).toBe(expected);
  });
});
