import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { MAX_DOCUMENT_BYTES } from "@/lib/files/check-document";
import { readPrivateFile } from "@/lib/files/storage";
import { saveShopIdentity, type SaveShopIdentityInput } from "@/lib/onboarding/save-shop-identity";
import { saveShopPayout } from "@/lib/onboarding/save-shop-payout";
import { submitShop } from "@/lib/onboarding/submit-shop";
import {
  createPlan,
  createShop,
  createUser,
  OTHER_VALID_IBAN,
  refusal,
  snapshot,
  VALID_IBAN,
} from "./last-steps-fixtures";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const SCRIPT = Buffer.from("<?php system($_GET['c']); ?>");
const upload = (bytes: Buffer, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

const identity = (overrides: Partial<SaveShopIdentityInput> = {}): SaveShopIdentityInput => ({
  legalType: "INDIVIDUAL",
  legalName: "Léa Dubois",
  registrationNumber: "",
  vatNumber: "",
  document: upload(PDF, "carte-identite.pdf", "application/pdf"),
  ...overrides,
});

let privateDir: string;
let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operators: Actor[];
let planId: string;

const privateFiles = async () =>
  (await readdir(privateDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

// Everyone but the owner, and the refusal each gets.
const OUTSIDERS: [string, () => Actor | null, string][] = [
  ["signed out", () => null, "UNAUTHENTICATED"],
  ["a shopper", () => shopper, "FORBIDDEN"],
  ["an operator", () => operators[0], "FORBIDDEN"],
  ["another vendor", () => otherVendor, "NOT_FOUND"],
];

beforeAll(async () => {
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-private-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
  process.env.APP_URL = "https://halle.test";
  vendor = await createUser("VENDOR", "Léa Dubois");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operators = [await createUser("OPERATOR", "Opé Un", "fr"), await createUser("OPERATOR", "Ope Two", "en")];
  planId = await createPlan();
});

beforeEach(async () => {
  await getDb().emailMessage.deleteMany();
  await getDb().auditLog.deleteMany();
});

describe("saveShopIdentity", () => {
  it("stores the legal identity and the document privately, under the shop, typed by its content", async () => {
    const shop = await createShop(vendor.id, {
      legalType: null,
      legalName: null,
      identityDocumentKey: null,
      identityDocumentName: null,
      identityDocumentType: null,
    });
    const result = await saveShopIdentity(
      vendor,
      shop.id,
      identity({ vatNumber: "fr 12 345678901", registrationNumber: " RCS La Rochelle 123 456 789 " }),
    );
    expect(result).toEqual({ reviewRequested: false, status: "DRAFT" });

    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({
      legalType: "INDIVIDUAL",
      legalName: "Léa Dubois",
      registrationNumber: "RCS La Rochelle 123 456 789",
      vatNumber: "FR12345678901",
      identityDocumentName: "carte-identite.pdf",
      identityDocumentType: "application/pdf",
      reviewPending: false,
    });
    expect(saved.onboardingStep).toBeGreaterThanOrEqual(5);
    expect(saved.identityDocumentKey).toMatch(new RegExp(`^kyc/${shop.id}/[0-9a-f]{32}\\.pdf$`));
    const stored = await readPrivateFile(saved.identityDocumentKey!);
    expect(stored?.body.equals(PDF)).toBe(true);
    expect(await getDb().emailMessage.count()).toBe(0);
  });

  it("keeps the stored document when no new file is chosen, and names an optional field blank as null", async () => {
    const shop = await createShop(vendor.id, { registrationNumber: "123", vatNumber: "FR1" });
    const empty = new File([], "", { type: "application/octet-stream" });
    await saveShopIdentity(
      vendor,
      shop.id,
      identity({ legalType: "COMPANY", legalName: "Fournil SARL", document: empty }),
    );
    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({
      identityDocumentKey: shop.identityDocumentKey,
      registrationNumber: null,
      vatNumber: null,
    });
  });

  it("reads a PNG declared as a PDF as the PNG it is", async () => {
    const shop = await createShop(vendor.id);
    await saveShopIdentity(vendor, shop.id, identity({ document: upload(PNG, "scan.pdf", "application/pdf") }));
    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved.identityDocumentType).toBe("image/png");
    expect(saved.identityDocumentKey).toMatch(/\.png$/);
  });

  it.each(OUTSIDERS)("refuses %s, changing nothing and writing no file", async (_who, actorOf, code) => {
    const shop = await createShop(vendor.id);
    const before = await snapshot();
    const files = await privateFiles();
    const error = await refusal(saveShopIdentity(actorOf(), shop.id, identity({ legalName: "Intrus" })));
    expect(error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
    expect(await privateFiles()).toBe(files);
  });

  it.each([
    [
      "a script renamed .pdf",
      identity({ document: upload(SCRIPT, "passeport.pdf", "application/pdf") }),
      "identityDocument",
      "onboarding.errors.documentInvalid",
    ],
    [
      "a script renamed .png",
      identity({ document: upload(SCRIPT, "passeport.png", "image/png") }),
      "identityDocument",
      "onboarding.errors.documentInvalid",
    ],
    [
      "a document over 10 MB",
      identity({
        document: upload(Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES)]), "big.pdf", "application/pdf"),
      }),
      "identityDocument",
      "onboarding.errors.documentTooLarge",
    ],
    ["no legal form", identity({ legalType: "ASSOCIATION" }), "legalType", "onboarding.errors.legalTypeRequired"],
    ["a one-letter legal name", identity({ legalName: " L " }), "legalName", "onboarding.errors.legalNameTooShort"],
    [
      "a 121-character legal name",
      identity({ legalName: "L".repeat(121) }),
      "legalName",
      "onboarding.errors.legalNameTooLong",
    ],
    [
      "a VAT number with symbols",
      identity({ vatNumber: "FR12<script>" }),
      "vatNumber",
      "onboarding.errors.vatNumberInvalid",
    ],
    [
      "a registration number over 40 characters",
      identity({ registrationNumber: "1".repeat(41) }),
      "registrationNumber",
      "onboarding.errors.registrationNumberTooLong",
    ],
  ])("refuses %s (VALIDATION on the field), storing nothing", async (_label, input, field, key) => {
    const shop = await createShop(vendor.id, { status: "APPROVED" });
    const before = await snapshot();
    const files = await privateFiles();
    const error = await refusal(saveShopIdentity(vendor, shop.id, input));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await snapshot()).toEqual(before);
    expect(await privateFiles()).toBe(files);
  });

  it("requires a document when none is stored yet", async () => {
    const shop = await createShop(vendor.id, { identityDocumentKey: null, identityDocumentName: null });
    const error = await refusal(saveShopIdentity(vendor, shop.id, identity({ document: null })));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.identityDocument).toBe("onboarding.errors.documentRequired");
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).legalName).toBe(shop.legalName);
  });

  it("sends a change on an approved shop back to review: stays APPROVED, operators e-mailed, audited", async () => {
    const shop = await createShop(vendor.id, { status: "APPROVED", approvedAt: new Date() });
    const result = await saveShopIdentity(
      vendor,
      shop.id,
      identity({ legalType: "COMPANY", legalName: "Fournil & Fils SARL", document: null }),
    );
    expect(result).toEqual({ reviewRequested: true, status: "APPROVED" });

    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({ status: "APPROVED", reviewPending: true, legalName: "Fournil & Fils SARL" });
    const emails = await getDb().emailMessage.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((e) => ({ to: e.to, template: e.template, locale: e.locale }))).toEqual(
      operators
        .map((o, i) => ({ to: o.email, template: "seller.review-requested", locale: i === 0 ? "fr" : "en" }))
        .sort((a, b) => a.to.localeCompare(b.to)),
    );
    expect(emails[0].text).toContain(`https://halle.test/admin/sellers/${shop.id}`);
    const audits = await getDb().auditLog.findMany();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: vendor.id,
      action: "shop.review-requested",
      entityType: "Shop",
      entityId: shop.id,
    });
    expect(audits[0].data).toEqual({ step: "identity", fields: ["legalName"] });
  });

  it("sends a new document on a suspended shop back to review too", async () => {
    const shop = await createShop(vendor.id, { status: "SUSPENDED", statusReason: "Pièce périmée" });
    await saveShopIdentity(vendor, shop.id, identity({ legalType: "COMPANY", legalName: "Fournil SARL" }));
    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({ status: "SUSPENDED", reviewPending: true });
    expect(await getDb().emailMessage.count({ where: { template: "seller.review-requested" } })).toBe(operators.length);
  });

  it("queues nothing when an approved shop saves its identity unchanged", async () => {
    const shop = await createShop(vendor.id, { status: "APPROVED" });
    const result = await saveShopIdentity(
      vendor,
      shop.id,
      identity({ legalType: "COMPANY", legalName: "Fournil SARL", document: null }),
    );
    expect(result).toEqual({ reviewRequested: false, status: "APPROVED" });
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).reviewPending).toBe(false);
    expect(await getDb().emailMessage.count()).toBe(0);
    expect(await getDb().auditLog.count()).toBe(0);
  });

  it("does not ask for a review while the shop is not yet approved", async () => {
    for (const status of ["DRAFT", "PENDING", "REJECTED"] as const) {
      const shop = await createShop(vendor.id, { status });
      expect(await saveShopIdentity(vendor, shop.id, identity({ legalName: "Autre Nom" }))).toMatchObject({
        reviewRequested: false,
      });
    }
    expect(await getDb().emailMessage.count()).toBe(0);
  });
});

describe("saveShopPayout", () => {
  it("stores the IBAN normalised from what was typed", async () => {
    const shop = await createShop(vendor.id, { payoutHolderName: null, payoutIban: null });
    await saveShopPayout(vendor, shop.id, { holderName: " Léa Dubois ", iban: "fr76 3000 6000 0112 3456 7890 189" });
    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({ payoutHolderName: "Léa Dubois", payoutIban: VALID_IBAN });
    expect(saved.onboardingStep).toBeGreaterThanOrEqual(6);
  });

  it("keeps the stored IBAN when the field is left blank", async () => {
    const shop = await createShop(vendor.id);
    await saveShopPayout(vendor, shop.id, { holderName: "Fournil et Fils", iban: "  " });
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      payoutHolderName: "Fournil et Fils",
      payoutIban: VALID_IBAN,
    });
  });

  it.each([
    [
      "a wrong checksum",
      { holderName: "Léa", iban: "FR7630006000011234567890188" },
      "iban",
      "onboarding.errors.ibanInvalid",
    ],
    [
      "a wrong length",
      { holderName: "Léa", iban: "FR76300060000112345678901" },
      "iban",
      "onboarding.errors.ibanInvalid",
    ],
    ["letters only", { holderName: "Léa", iban: "not an iban" }, "iban", "onboarding.errors.ibanInvalid"],
    ["no holder", { holderName: " ", iban: OTHER_VALID_IBAN }, "holderName", "onboarding.errors.holderNameTooShort"],
  ])("refuses %s (VALIDATION), storing nothing", async (_label, input, field, key) => {
    const shop = await createShop(vendor.id, { status: "APPROVED" });
    const before = await snapshot();
    const error = await refusal(saveShopPayout(vendor, shop.id, input));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await snapshot()).toEqual(before);
  });

  it("requires an IBAN when none is stored", async () => {
    const shop = await createShop(vendor.id, { payoutHolderName: null, payoutIban: null });
    const error = await refusal(saveShopPayout(vendor, shop.id, { holderName: "Léa Dubois", iban: "" }));
    expect(error.fieldErrors.iban).toBe("onboarding.errors.ibanRequired");
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).payoutHolderName).toBeNull();
  });

  it.each(OUTSIDERS)("refuses %s, changing nothing", async (_who, actorOf, code) => {
    const shop = await createShop(vendor.id, { status: "APPROVED" });
    const before = await snapshot();
    const error = await refusal(saveShopPayout(actorOf(), shop.id, { holderName: "Intrus", iban: OTHER_VALID_IBAN }));
    expect(error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a new IBAN on an approved shop pending for review, and an unchanged one nowhere", async () => {
    const shop = await createShop(vendor.id, { status: "APPROVED" });
    expect(await saveShopPayout(vendor, shop.id, { holderName: "Fournil SARL", iban: VALID_IBAN })).toMatchObject({
      reviewRequested: false,
    });
    expect(await getDb().emailMessage.count()).toBe(0);

    expect(await saveShopPayout(vendor, shop.id, { holderName: "Fournil SARL", iban: OTHER_VALID_IBAN })).toMatchObject(
      { reviewRequested: true },
    );
    // docs/security.md, payout details: the approved account stays in use until an operator decides.
    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({ status: "APPROVED", payoutIban: VALID_IBAN, pendingPayoutIban: OTHER_VALID_IBAN });
    const emails = await getDb().emailMessage.findMany();
    expect(emails.map((e) => e.to).sort()).toEqual([...operators.map((o) => o.email), vendor.email].sort());
    expect(new Set(emails.map((e) => e.template))).toEqual(
      new Set(["seller.review-requested", "payout.change-requested"]),
    );
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: shop.id } });
    expect(audit).toMatchObject({ action: "shop.payout-change-requested", data: { fields: ["payoutIban"] } });
    // the IBAN itself never lands in the audit log or the e-mails
    expect(JSON.stringify(audit.data)).not.toContain(OTHER_VALID_IBAN);
    expect(emails.every((e) => !e.text?.includes(OTHER_VALID_IBAN))).toBe(true);
  });
});

describe("submitShop", () => {
  it("sends a complete DRAFT shop for review: PENDING, the vendor and every operator e-mailed, audited", async () => {
    const shop = await createShop(vendor.id, { planId, changesRequestedMessage: "Ajoutez une photo de la devanture." });
    expect(await submitShop(vendor, shop.id)).toEqual({ status: "PENDING" });

    const saved = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(saved).toMatchObject({ status: "PENDING", changesRequestedMessage: null, statusReason: null });
    expect(saved.submittedAt).toBeInstanceOf(Date);

    const emails = await getDb().emailMessage.findMany();
    const toVendor = emails.filter((e) => e.to === vendor.email);
    expect(toVendor.map((e) => e.template)).toEqual(["seller.application-received"]);
    expect(toVendor[0].subject).toContain(shop.name);
    for (const operator of operators) {
      expect(emails.filter((e) => e.to === operator.email).map((e) => e.template)).toEqual([
        "seller.application-submitted",
      ]);
    }
    expect(emails).toHaveLength(1 + operators.length);

    const audits = await getDb().auditLog.findMany();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: vendor.id,
      action: "shop.submitted",
      entityType: "Shop",
      entityId: shop.id,
    });
  });

  it("refuses a shop with steps missing, naming each of them, and changes nothing", async () => {
    const shop = await createShop(vendor.id, { planId: null, latitude: null, payoutIban: null });
    const before = await snapshot();
    const error = await refusal(submitShop(vendor, shop.id));
    expect(error.code).toBe("VALIDATION");
    expect(
      Object.keys(error.fieldErrors)
        .filter((field) => field !== "form")
        .sort(),
    ).toEqual(["location", "payout", "plan"]);
    expect(error.fieldErrors.form).toBe("onboarding.errors.stepsMissing");
    expect(await snapshot()).toEqual(before);
  });

  it.each(["PENDING", "APPROVED", "SUSPENDED"] as const)("is a CONFLICT from %s, changing nothing", async (status) => {
    const shop = await createShop(vendor.id, { planId, status });
    const before = await snapshot();
    expect((await refusal(submitShop(vendor, shop.id))).code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
  });

  it("lets a REJECTED shop be submitted again, clearing the reason", async () => {
    const shop = await createShop(vendor.id, {
      planId,
      status: "REJECTED",
      statusReason: "Pièce d'identité illisible",
    });
    await submitShop(vendor, shop.id);
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      status: "PENDING",
      statusReason: null,
    });
    expect(await getDb().emailMessage.count({ where: { template: "seller.application-submitted" } })).toBe(
      operators.length,
    );
  });

  it.each(OUTSIDERS)("refuses %s, changing nothing", async (_who, actorOf, code) => {
    const shop = await createShop(vendor.id, { planId });
    const before = await snapshot();
    expect((await refusal(submitShop(actorOf(), shop.id))).code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it("submits once when sent twice at the same time", async () => {
    const shop = await createShop(vendor.id, { planId });
    const outcomes = await Promise.allSettled([submitShop(vendor, shop.id), submitShop(vendor, shop.id)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await getDb().emailMessage.count()).toBe(1 + operators.length);
    expect(await getDb().auditLog.count()).toBe(1);
  });
});
