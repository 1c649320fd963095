import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { savePrivateFile } from "@/lib/files/storage";
import { approveShop } from "@/lib/sellers/approve-shop";
import { getShopForReview } from "@/lib/sellers/get-shop-for-review";
import { readIdentityDocument } from "@/lib/sellers/read-identity-document";
import { suspendShop } from "@/lib/sellers/suspend-shop";
import { createShop, createUser, refusal } from "./fixtures";

const IBAN = "FR7630006000011234567890189";
const PDF = Buffer.from("%PDF-1.4\n% identity document\n");

let operator: Actor;
let owner: Actor;
let otherVendor: Actor;
let shopper: Actor;
let privateDir: string;

beforeAll(async () => {
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-private-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
  operator = await createUser("OPERATOR", "Olivia Operator");
  owner = await createUser("VENDOR", "Léa Vendeuse");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
});

afterAll(async () => {
  delete process.env.HALLE_PRIVATE_FILES_DIR;
  await rm(privateDir, { recursive: true, force: true });
});

async function shopWithDocument() {
  const shop = await createShop(owner, {
    status: "PENDING",
    submittedAt: new Date("2026-11-02T09:00:00Z"),
    legalType: "COMPANY",
    legalName: "Léa SARL",
    identityDocumentName: "Pièce d'identité.pdf",
    identityDocumentType: "application/pdf",
    payoutHolderName: "Léa SARL",
    payoutIban: IBAN,
    stripeAccountId: "acct_123",
    socials: { instagram: "https://instagram.com/lea" },
    openingHours: [[{ open: "09:00", close: "12:30" }], [], [], [], [], [], []],
  });
  const key = `identity/${shop.id}/document.pdf`;
  await savePrivateFile(key, PDF);
  await getDb().shop.update({ where: { id: shop.id }, data: { identityDocumentKey: key } });
  return shop;
}

describe("getShopForReview", () => {
  it("shows everything submitted, with the IBAN masked and the document named but not read", async () => {
    const shop = await shopWithDocument();
    const review = await getShopForReview(operator, shop.id);
    expect(review).toMatchObject({
      id: shop.id,
      name: shop.name,
      status: "PENDING",
      legalType: "COMPANY",
      legalName: "Léa SARL",
      identityDocumentName: "Pièce d'identité.pdf",
      identityDocumentType: "application/pdf",
      hasIdentityDocument: true,
      payoutHolderName: "Léa SARL",
      stripeAccountId: "acct_123",
      owner: { name: owner.name, email: owner.email },
      socials: { instagram: "https://instagram.com/lea" },
    });
    expect(review.maskedIban).not.toContain(IBAN.slice(4, -4));
    expect(review.maskedIban?.startsWith("FR76")).toBe(true);
    expect(review.maskedIban?.replace(/\s/g, "").endsWith(IBAN.slice(-4))).toBe(true);
    expect(review.openingHours[0]).toEqual([{ open: "09:00", close: "12:30" }]);
    expect(JSON.stringify(review)).not.toContain(IBAN);
    expect(review).not.toHaveProperty("identityDocumentKey");
    expect(review).not.toHaveProperty("payoutIban");
  });

  it("lists the shop's audit history newest first, with who acted", async () => {
    const shop = await shopWithDocument();
    await recordAudit(getDb(), { actorId: owner.id, action: "shop.submitted", entityType: "Shop", entityId: shop.id });
    await approveShop(operator, { shopId: shop.id });
    await suspendShop(operator, { shopId: shop.id, reason: "Plaintes de clients" });
    await recordAudit(getDb(), {
      actorId: operator.id,
      action: "shop.approved",
      entityType: "Shop",
      entityId: "another-shop",
    });
    const { history } = await getShopForReview(operator, shop.id);
    expect(history.map((entry) => entry.action)).toEqual(["shop.suspended", "shop.approved", "shop.submitted"]);
    expect(history[0]).toMatchObject({ actorName: operator.name, reason: "Plaintes de clients" });
    expect(history[2]).toMatchObject({ actorName: owner.name, reason: null });
  });

  it("answers NOT_FOUND for an unknown shop", async () => {
    expect((await refusal(getShopForReview(operator, "missing"))).code).toBe("NOT_FOUND");
  });
});

describe("readIdentityDocument", () => {
  it("gives an operator the document's bytes, type and name", async () => {
    const shop = await shopWithDocument();
    const document = await readIdentityDocument(operator, shop.id);
    expect(document.bytes.equals(PDF)).toBe(true);
    expect(document.contentType).toBe("application/pdf");
    expect(document.fileName).toBe("Pièce d'identité.pdf");
  });

  it("refuses everyone else, the shop's own vendor included", async () => {
    const shop = await shopWithDocument();
    expect((await refusal(readIdentityDocument(null, shop.id))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(readIdentityDocument(shopper, shop.id))).code).toBe("FORBIDDEN");
    expect((await refusal(readIdentityDocument(owner, shop.id))).code).toBe("FORBIDDEN");
    expect((await refusal(readIdentityDocument(otherVendor, shop.id))).code).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND when the shop has no document or the file is gone", async () => {
    const without = await createShop(owner, { status: "PENDING" });
    expect((await refusal(readIdentityDocument(operator, without.id))).code).toBe("NOT_FOUND");
    const gone = await createShop(owner, { status: "PENDING", identityDocumentKey: "identity/nobody/document.pdf" });
    expect((await refusal(readIdentityDocument(operator, gone.id))).code).toBe("NOT_FOUND");
    const escaping = await createShop(owner, { status: "PENDING", identityDocumentKey: "../../etc/passwd.pdf" });
    expect((await refusal(readIdentityDocument(operator, escaping.id))).code).toBe("NOT_FOUND");
    expect((await refusal(readIdentityDocument(operator, "missing"))).code).toBe("NOT_FOUND");
  });
});
