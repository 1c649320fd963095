import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getCommissionInvoice, listInvoices } from "@/lib/statements/get-commission-invoice";
import { issueMonthlyInvoices } from "@/lib/statements/issue-invoices";
import { getMonthlyStatement, listStatementEntries, listStatementMonths } from "@/lib/statements/monthly-statement";
import { at, createUser, entry, marketplaceSettings, refusal, vendorShop } from "./statement-fixtures";

// Who reads a shop's statements and invoices (docs/architecture.md, authorization): its owner
// (a closed shop too) and operators; another shop's vendor is told it does not exist, a shopper
// is refused, a signed-out visitor must sign in; a bad month or id is NOT_FOUND. Nothing is written.

let owner: Actor;
let shopId: string;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  await marketplaceSettings();
  const made = await vendorShop();
  owner = made.vendor;
  shopId = made.shop.id;
  await entry(shopId, "COMMISSION", -500, at("2026-11-10T10:00:00+01:00"));
  await issueMonthlyInvoices(at("2026-12-02T10:00:00+01:00"));
  otherVendor = (await vendorShop()).vendor;
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
});

const READS = {
  getMonthlyStatement: (actor: Actor | null, id: string, period = "2026-11") => getMonthlyStatement(actor, id, period),
  listStatementMonths: (actor: Actor | null, id: string) => listStatementMonths(actor, id),
  listStatementEntries: (actor: Actor | null, id: string, period = "2026-11") =>
    listStatementEntries(actor, id, period),
  getCommissionInvoice: (actor: Actor | null, id: string, period = "2026-11") =>
    getCommissionInvoice(actor, id, period),
  listInvoices: (actor: Actor | null, id: string) => listInvoices(actor, id),
};

const WHO: Record<string, { actor: () => Actor | null; code: string }> = {
  "another shop's vendor": { actor: () => otherVendor, code: "NOT_FOUND" },
  "a shopper": { actor: () => shopper, code: "FORBIDDEN" },
  "a signed-out visitor": { actor: () => null, code: "UNAUTHENTICATED" },
};

async function snapshot() {
  const db = getDb();
  return {
    invoices: await db.commissionInvoice.count(),
    entries: await db.ledgerEntry.count(),
    sequences: await db.documentSequence.findMany(),
  };
}

describe.each(Object.keys(READS) as (keyof typeof READS)[])("%s", (read) => {
  it("is the owner's and the operators'", async () => {
    await expect(READS[read](owner, shopId)).resolves.toBeTruthy();
    await expect(READS[read](operator, shopId)).resolves.toBeTruthy();
  });

  for (const [who, { actor, code }] of Object.entries(WHO)) {
    it(`is refused to ${who} (${code}), nothing written`, async () => {
      const before = await snapshot();
      expect((await refusal(READS[read](actor(), shopId))).code).toBe(code);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("is NOT_FOUND for an id that is not one", async () => {
    expect((await refusal(READS[read](owner, "not an id"))).code).toBe("NOT_FOUND");
  });
});

describe("a month that is not one", () => {
  for (const period of ["2026-13", "2026-1", "nonsense", "2026-11-01", ""])
    it(`"${period}" is NOT_FOUND`, async () => {
      expect((await refusal(getMonthlyStatement(owner, shopId, period))).code).toBe("NOT_FOUND");
      expect((await refusal(listStatementEntries(owner, shopId, period))).code).toBe("NOT_FOUND");
      expect((await refusal(getCommissionInvoice(owner, shopId, period))).code).toBe("NOT_FOUND");
    });
});

describe("a closed shop", () => {
  it("keeps its statements and invoices readable by its owner", async () => {
    await getDb().shop.update({ where: { id: shopId }, data: { status: "CLOSED" } });
    expect((await getMonthlyStatement(owner, shopId, "2026-11")).closingBalance).toBe(-500);
    expect((await getCommissionInvoice(owner, shopId, "2026-11")).totalAmount).toBe(500);
    await getDb().shop.update({ where: { id: shopId }, data: { status: "APPROVED" } });
  });
});
