import { describe, expect, it } from "vitest";
import { endToEndIdOf, maskIbanTail, payeeOf, sepaMessageIdOf, type PayoutPayeeRow } from "./sepa-batch-rules";
import { isDebtorReady } from "./sepa-debtor";
import { isSepaId } from "./sepa-file";

// docs/payouts.md, SEPA: the ids written in a file, and whom a payout pays.

const FR = "FR7630006000011234567890189";
const DE = "DE89370400440532013000";

const shopRow = (data: Partial<PayoutPayeeRow> = {}, shop: Partial<NonNullable<PayoutPayeeRow["shop"]>> = {}) => ({
  accountHolderName: null,
  accountIban: null,
  shop: { name: "Épicerie Müller", legalName: "SARL Müller", payoutHolderName: null, payoutIban: FR, ...shop },
  ambassador: null,
  ...data,
});

describe("ids", () => {
  it("message ids carry the date and the day's number, within the SEPA id rules", () => {
    expect(sepaMessageIdOf("2026-12-10", 3)).toBe("HALLE-20261210-3");
    expect(isSepaId(sepaMessageIdOf("2026-12-10", 9999))).toBe(true);
  });

  it("an end-to-end id fits 35 characters for a cuid and a uuid, and stays unique", () => {
    expect(endToEndIdOf("cmiqz1x9k0000abcdxyz12345")).toBe("HALLE-cmiqz1x9k0000abcdxyz12345");
    expect(endToEndIdOf("7731f569-fdae-4573-acea-def0b15fd3fb")).toBe("H-7731f569fdae4573aceadef0b15fd3fb");
    const ids = Array.from({ length: 200 }, () => crypto.randomUUID());
    const endToEnd = ids.map(endToEndIdOf);
    expect(new Set(endToEnd).size).toBe(200);
    for (const id of endToEnd) expect(isSepaId(id)).toBe(true);
    expect(() => endToEndIdOf("x".repeat(36))).toThrow(RangeError);
  });
});

describe("maskIbanTail", () => {
  it("shows the last four characters only", () => {
    expect(maskIbanTail("fr76 3000 6000 0112 3456 7890 189")).toBe("•••• 0189");
    expect(maskIbanTail(null)).toBe("");
  });
});

describe("payeeOf", () => {
  it("pays the account kept on the payout before the shop's current one", () => {
    expect(payeeOf(shopRow({ accountHolderName: "Léa Müller", accountIban: DE }))).toEqual({
      kind: "shop",
      name: "Épicerie Müller",
      holderName: "Léa Müller",
      iban: DE,
      ibanValid: true,
    });
  });

  it("falls back on the shop's holder, legal name, then name", () => {
    expect(payeeOf(shopRow({}, { payoutHolderName: "Titulaire" })).holderName).toBe("Titulaire");
    expect(payeeOf(shopRow()).holderName).toBe("SARL Müller");
    expect(payeeOf(shopRow({}, { legalName: null })).holderName).toBe("Épicerie Müller");
  });

  it("says when the IBAN is missing or wrong", () => {
    expect(payeeOf(shopRow({}, { payoutIban: null }))).toMatchObject({ iban: null, ibanValid: false });
    expect(payeeOf(shopRow({ accountIban: "FR7730006000011234567890189" })).ibanValid).toBe(false);
  });

  it("names an ambassador by their user's name", () => {
    const row: PayoutPayeeRow = {
      accountHolderName: null,
      accountIban: null,
      shop: null,
      ambassador: { payoutHolderName: "Nina B.", payoutIban: DE, user: { name: "Nina Bernard" } },
    };
    expect(payeeOf(row)).toEqual({
      kind: "ambassador",
      name: "Nina Bernard",
      holderName: "Nina B.",
      iban: DE,
      ibanValid: true,
    });
  });
});

describe("isDebtorReady", () => {
  const ready = { legalName: "Halle SAS", payoutDebtorIban: FR, payoutDebtorBic: "AGRIFRPP" };
  it.each([
    ["complete", ready, true],
    ["without a BIC", { ...ready, payoutDebtorBic: "" }, true],
    ["without a legal name", { ...ready, legalName: " " }, false],
    ["without an IBAN", { ...ready, payoutDebtorIban: "" }, false],
    ["with a wrong IBAN", { ...ready, payoutDebtorIban: "FR7730006000011234567890189" }, false],
    ["with a wrong BIC", { ...ready, payoutDebtorBic: "AGRI" }, false],
    ["without settings", null, false],
  ])("%s → %s", (_, settings, expected) => {
    expect(isDebtorReady(settings)).toBe(expected);
  });
});
