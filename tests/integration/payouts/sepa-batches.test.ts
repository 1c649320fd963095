import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { createPayout } from "@/lib/payouts/create-payout";
import { createSepaBatch } from "@/lib/payouts/create-sepa-batch";
import { getSepaBatch, getSepaBatchFile } from "@/lib/payouts/get-sepa-batch";
import { listPayoutsToPay } from "@/lib/payouts/list-payouts-to-pay";
import { listSepaBatches } from "@/lib/payouts/list-sepa-batches";
import { markSepaBatchPaid } from "@/lib/payouts/mark-sepa-batch-paid";
import { recordRejectedTransfer } from "@/lib/payouts/record-rejected-transfer";
import { endToEndIdOf } from "@/lib/payouts/sepa-batch-rules";
import { validatePain001 } from "@/tests/support/sepa/validate-pain001";
import {
  createUser,
  daysAfter,
  IBANS,
  payoutAmbassador,
  payoutSettings,
  payoutShop,
  refusal,
  shopEntry,
} from "./payout-fixtures";

// docs/payouts.md, SEPA: the operator's bank-transfer payouts — the file of the due ones, marking it
// paid, recording a rejected transfer (the money back in the balance) — and who may do it.

const now = new Date();
const yesterday = daysAfter(now, -1);
const tomorrow = daysAfter(now, 1);
const unique = () => randomBytes(4).toString("hex");

let operator: Actor;

beforeAll(async () => {
  await payoutSettings();
  operator = await createUser("OPERATOR", "Olivia Opératrice");
});

/** Every bank-transfer payout not in a file yet goes out of the way, so each test sees its own. */
beforeEach(async () => {
  await getDb().payout.updateMany({
    where: { method: "BANK_TRANSFER", status: "SCHEDULED", sepaBatchId: null },
    data: { status: "FAILED", failedAt: now, failureReason: "test reset" },
  });
});

type PayoutOptions = {
  scheduledFor?: Date;
  method?: "BANK_TRANSFER" | "STRIPE";
  account?: { holderName: string | null; iban: string } | null;
};

/** A payout of `amount` for a shop, as the run writes it: an available entry, settled by createPayout. */
async function shopPayout(shopId: string, amount: number, options: PayoutOptions = {}) {
  await shopEntry(shopId, "ADJUSTMENT", amount, daysAfter(now, -10));
  const payout = await getDb().$transaction((tx) =>
    createPayout(
      tx,
      { shopId },
      {
        periodKey: `request:${unique()}`,
        cutoffAt: now,
        scheduledFor: options.scheduledFor ?? yesterday,
        method: options.method ?? "BANK_TRANSFER",
        minimum: 0,
        currency: "EUR",
        account: options.account === undefined ? { holderName: "Atelier Léa", iban: IBANS.fr } : options.account,
        now: daysAfter(now, -2),
      },
    ),
  );
  if (!payout) throw new Error("no payout written");
  return payout;
}

async function ambassadorPayout(ambassadorId: string, amount: number) {
  await getDb().ambassadorEntry.create({
    data: { ambassadorId, type: "AMBASSADOR_SHARE", amount, availableAt: daysAfter(now, -10) },
  });
  const payout = await getDb().$transaction((tx) =>
    createPayout(
      tx,
      { ambassadorId },
      {
        periodKey: "2026-12-10",
        cutoffAt: now,
        scheduledFor: yesterday,
        method: "BANK_TRANSFER",
        minimum: 0,
        currency: "EUR",
        account: { holderName: "Nina Ambassadrice", iban: IBANS.de },
        now: daysAfter(now, -2),
      },
    ),
  );
  if (!payout) throw new Error("no payout written");
  return payout;
}

/** A shop's available balance (docs/payouts.md, balances). */
async function availableOf(shopId: string, at = daysAfter(now, 1)) {
  const sum = await getDb().ledgerEntry.aggregate({
    where: { shopId, payoutId: null, availableAt: { lte: at } },
    _sum: { amount: true },
  });
  return sum._sum.amount ?? 0;
}

const payoutRow = (id: string) =>
  getDb().payout.findUniqueOrThrow({
    where: { id },
    select: { status: true, sepaBatchId: true, reference: true, paidAt: true, failedAt: true, failureReason: true },
  });

/** Everything the SEPA actions may write, to assert that a refusal changed nothing. */
async function sepaSnapshot() {
  const db = getDb();
  return {
    payouts: await db.payout.findMany({ orderBy: { id: "asc" } }),
    batches: await db.sepaBatch.findMany({ orderBy: { id: "asc" } }),
    entries: await db.ledgerEntry.count(),
    ambassadorEntries: await db.ambassadorEntry.count(),
    audits: await db.auditLog.count(),
  };
}

const all = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((match) => match[1]);

describe("createSepaBatch", () => {
  it("takes exactly the due bank-transfer payouts, shops' and ambassadors', into a file that validates", async () => {
    const { shop: a } = await payoutShop({ name: "Épicerie Müller & Fils" });
    const { shop: b } = await payoutShop();
    const { shop: other } = await payoutShop({ stripeAccountId: "acct_test" });
    const { ambassador } = await payoutAmbassador();
    const dueA = await shopPayout(a.id, 12_345, { account: { holderName: "Épicerie Müller & Fils", iban: IBANS.fr } });
    const dueB = await shopPayout(b.id, 5_000);
    const dueAmbassador = await ambassadorPayout(ambassador.id, 1_999);
    const later = await shopPayout(b.id, 700, { scheduledFor: tomorrow });
    const stripe = await shopPayout(other.id, 9_000, { method: "STRIPE", account: null });
    const badIban = await shopPayout(other.id, 800, { account: { holderName: "X", iban: IBANS.invalid } });

    const toPay = await listPayoutsToPay(operator, {}, now);
    expect(toPay.due).toEqual({ count: 3, amount: 12_345 + 5_000 + 1_999 });
    expect(toPay.debtorReady).toBe(true);
    expect(toPay.items.map((item) => item.id).sort()).toEqual(
      [dueA.id, dueB.id, dueAmbassador.id, later.id, badIban.id].sort(),
    );
    const rowOf = (id: string) => toPay.items.find((item) => item.id === id);
    expect(rowOf(later.id)?.payableNow).toBe(false);
    expect(rowOf(badIban.id)?.payableNow).toBe(false);
    expect(rowOf(badIban.id)?.payee.ibanValid).toBe(false);
    expect(rowOf(dueA.id)?.payee).toMatchObject({
      kind: "shop",
      name: "Épicerie Müller & Fils",
      maskedIban: "•••• 0189",
    });
    expect(rowOf(dueAmbassador.id)?.payee).toMatchObject({ kind: "ambassador", name: "Nina Ambassadrice" });

    const batch = await createSepaBatch(operator, now);
    expect(batch).toMatchObject({ count: 3, totalAmount: 19_344, currency: "EUR" });
    expect(batch.messageId).toMatch(/^HALLE-\d{8}-1$/);

    for (const payout of [dueA, dueB, dueAmbassador])
      expect(await payoutRow(payout.id)).toMatchObject({ status: "PROCESSING", sepaBatchId: batch.id });
    expect(await payoutRow(later.id)).toMatchObject({ status: "SCHEDULED", sepaBatchId: null });
    expect(await payoutRow(stripe.id)).toMatchObject({ status: "SCHEDULED", sepaBatchId: null });
    expect(await payoutRow(badIban.id)).toMatchObject({ status: "SCHEDULED", sepaBatchId: null });

    const { fileName, xml } = await getSepaBatchFile(operator, batch.id);
    expect(fileName).toBe(`${batch.messageId}.xml`);
    const validation = await validatePain001(xml);
    expect(validation.errors).toEqual([]);
    expect(all(xml, "MsgId")).toEqual([batch.messageId]);
    expect(all(xml, "CtrlSum")).toEqual(["193.44", "193.44"]);
    expect(all(xml, "NbOfTxs")).toEqual(["3", "3"]);
    expect(all(xml, "EndToEndId").sort()).toEqual([dueA.id, dueB.id, dueAmbassador.id].map(endToEndIdOf).sort());
    expect(all(xml, "Nm")).toContain("Epicerie Muller + Fils");
    // the debtor's account, then one per transfer
    expect(all(xml, "IBAN")[0]).toBe(IBANS.fr);
    expect(all(xml, "IBAN").slice(1).sort()).toEqual([IBANS.de, IBANS.fr, IBANS.fr]);
    expect(all(xml, "Nm").slice(0, 2)).toEqual(["Halle SAS", "Halle SAS"]);

    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "SepaBatch", entityId: batch.id } });
    expect(audit).toMatchObject({ actorId: operator.id, action: "sepa.batch.generated" });

    const listed = await listSepaBatches(operator);
    expect(listed.items[0]).toMatchObject({ id: batch.id, status: "GENERATED", count: 3, totalAmount: 19_344 });
    const detail = await getSepaBatch(operator, batch.id);
    expect(detail.payouts.total).toBe(3);
    expect(detail.payouts.items[0]).toMatchObject({
      id: dueA.id,
      payeeName: "Épicerie Müller & Fils",
      maskedIban: "•••• 0189",
      amount: 12_345,
      status: "PROCESSING",
      endToEndId: endToEndIdOf(dueA.id),
    });
    expect(detail.createdByName).toBe("Olivia Opératrice");
  });

  it("refuses when nothing is due, nothing written; a payout due later gets the day's next file", async () => {
    const { shop } = await payoutShop();
    const later = await shopPayout(shop.id, 4_200, { scheduledFor: tomorrow });
    const before = await sepaSnapshot();
    const error = await refusal(createSepaBatch(operator, now));
    expect(error).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "sepa.errors.nothingToPay" } });
    expect(await sepaSnapshot()).toEqual(before);

    const batch = await createSepaBatch(operator, daysAfter(tomorrow, 0.01));
    expect(batch.count).toBe(1);
    expect(await payoutRow(later.id)).toMatchObject({ status: "PROCESSING", sepaBatchId: batch.id });
  });

  it("numbers the day's files one after the other", async () => {
    const { shop } = await payoutShop();
    await shopPayout(shop.id, 100);
    const first = await createSepaBatch(operator, daysAfter(now, 5));
    await shopPayout(shop.id, 200);
    const second = await createSepaBatch(operator, daysAfter(now, 5));
    expect(Number(second.messageId.split("-")[2])).toBe(Number(first.messageId.split("-")[2]) + 1);
  });

  it("puts each payout in one file when two operators click at once", async () => {
    const shops = await Promise.all(Array.from({ length: 12 }, () => payoutShop()));
    const payouts = [];
    for (const { shop } of shops) payouts.push(await shopPayout(shop.id, 1_000));
    const results = await Promise.allSettled([createSepaBatch(operator, now), createSepaBatch(operator, now)]);
    const made = results.filter((result) => result.status === "fulfilled");
    expect(made.length).toBeGreaterThanOrEqual(1);
    for (const result of results)
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT" });
    const rows = await getDb().payout.findMany({
      where: { id: { in: payouts.map((payout) => payout.id) } },
      select: { status: true, sepaBatchId: true },
    });
    expect(rows.every((row) => row.status === "PROCESSING" && row.sepaBatchId)).toBe(true);
    const batches = await getDb().sepaBatch.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.sepaBatchId!))] } },
      select: { count: true, totalAmount: true },
    });
    expect(batches.reduce((sum, batch) => sum + batch.count, 0)).toBe(12);
    expect(batches.reduce((sum, batch) => sum + batch.totalAmount, 0)).toBe(12_000);
  });

  it.each([
    ["no legal name", { legalName: "  " }],
    ["no debtor IBAN", { payoutDebtorIban: "" }],
    ["an invalid debtor IBAN", { payoutDebtorIban: IBANS.invalid }],
    ["an invalid debtor BIC", { payoutDebtorBic: "NOPE" }],
  ])("refuses with %s in the settings, nothing written", async (_, settings) => {
    const { shop } = await payoutShop();
    await shopPayout(shop.id, 1_500);
    await payoutSettings(settings);
    try {
      expect((await listPayoutsToPay(operator, {}, now)).debtorReady).toBe(false);
      const before = await sepaSnapshot();
      const error = await refusal(createSepaBatch(operator, now));
      expect(error).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "sepa.errors.debtorMissing" } });
      expect(await sepaSnapshot()).toEqual(before);
    } finally {
      await payoutSettings();
    }
  });

  it("takes a debtor without a BIC (IBAN-only SEPA)", async () => {
    const { shop } = await payoutShop();
    await shopPayout(shop.id, 1_500);
    await payoutSettings({ payoutDebtorBic: "" });
    try {
      const batch = await createSepaBatch(operator, now);
      const { xml } = await getSepaBatchFile(operator, batch.id);
      expect((await validatePain001(xml)).valid).toBe(true);
      expect(xml).toContain("<Othr><Id>NOTPROVIDED</Id></Othr>");
    } finally {
      await payoutSettings();
    }
  });
});

describe("markSepaBatchPaid", () => {
  it("pays the batch and its payouts once, with their end-to-end ids as references", async () => {
    const { shop } = await payoutShop();
    const one = await shopPayout(shop.id, 3_000);
    const two = await shopPayout(shop.id, 2_000);
    const batch = await createSepaBatch(operator, now);
    const paidAt = daysAfter(now, 1);

    expect(await markSepaBatchPaid(operator, { batchId: batch.id }, paidAt)).toEqual({ paid: 2 });
    expect(await getDb().sepaBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: "PAID",
      paidAt,
      paidById: operator.id,
    });
    for (const payout of [one, two])
      expect(await payoutRow(payout.id)).toMatchObject({ status: "PAID", paidAt, reference: endToEndIdOf(payout.id) });
    expect(await getDb().auditLog.count({ where: { entityId: batch.id, action: "sepa.batch.paid" } })).toBe(1);

    const before = await sepaSnapshot();
    const again = await refusal(markSepaBatchPaid(operator, { batchId: batch.id }, paidAt));
    expect(again).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "sepa.errors.alreadyPaid" } });
    expect(await sepaSnapshot()).toEqual(before);
  });

  it("leaves a transfer already rejected FAILED", async () => {
    const { shop } = await payoutShop();
    const kept = await shopPayout(shop.id, 3_000);
    const rejected = await shopPayout(shop.id, 2_000);
    const batch = await createSepaBatch(operator, now);
    await recordRejectedTransfer(operator, { payoutId: rejected.id, reason: "AC04 compte clos" }, now);
    expect(await markSepaBatchPaid(operator, { batchId: batch.id }, now)).toEqual({ paid: 1 });
    expect((await payoutRow(kept.id)).status).toBe("PAID");
    expect((await payoutRow(rejected.id)).status).toBe("FAILED");
    const detail = await getSepaBatch(operator, batch.id);
    expect(detail.rejected).toEqual({ count: 1, amount: 2_000 });
    expect((await listSepaBatches(operator)).items.find((row) => row.id === batch.id)?.rejectedCount).toBe(1);
  });

  it("pays once when two operators mark the batch paid at once", async () => {
    const { shop } = await payoutShop();
    const payout = await shopPayout(shop.id, 3_000);
    const batch = await createSepaBatch(operator, now);
    const results = await Promise.allSettled([
      markSepaBatchPaid(operator, { batchId: batch.id }, now),
      markSepaBatchPaid(operator, { batchId: batch.id }, now),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await payoutRow(payout.id)).status).toBe("PAID");
    expect(await getDb().auditLog.count({ where: { entityId: batch.id, action: "sepa.batch.paid" } })).toBe(1);
  });

  it("refuses an unknown batch (NOT_FOUND) and a malformed id (VALIDATION), nothing written", async () => {
    const before = await sepaSnapshot();
    expect((await refusal(markSepaBatchPaid(operator, { batchId: "c0000000000000000000000000" }))).code).toBe(
      "NOT_FOUND",
    );
    const malformed = await refusal(markSepaBatchPaid(operator, { batchId: "../../etc" }));
    expect(malformed).toMatchObject({ code: "VALIDATION", fieldErrors: { batchId: "sepa.errors.batchInvalid" } });
    expect(await sepaSnapshot()).toEqual(before);
  });
});

describe("recordRejectedTransfer", () => {
  it("returns a transfer still in the file to the payee's balance, once", async () => {
    const { shop } = await payoutShop();
    const payout = await shopPayout(shop.id, 4_321);
    expect(await availableOf(shop.id)).toBe(0);
    const batch = await createSepaBatch(operator, now);

    expect(
      await recordRejectedTransfer(operator, { payoutId: payout.id, reason: "  AC01 IBAN erroné  " }, now),
    ).toEqual({
      batchId: batch.id,
    });
    expect(await payoutRow(payout.id)).toMatchObject({
      status: "FAILED",
      failedAt: now,
      failureReason: "AC01 IBAN erroné",
      sepaBatchId: batch.id,
    });
    const reversal = await getDb().ledgerEntry.findMany({ where: { shopId: shop.id, type: "PAYOUT_REVERSAL" } });
    expect(reversal).toHaveLength(1);
    expect(reversal[0]).toMatchObject({ amount: 4_321, payoutId: null, availableAt: now });
    expect(await availableOf(shop.id)).toBe(4_321);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "Payout", entityId: payout.id } });
    expect(audit).toMatchObject({ action: "sepa.transfer.rejected", reason: "AC01 IBAN erroné", actorId: operator.id });

    const before = await sepaSnapshot();
    const again = await refusal(recordRejectedTransfer(operator, { payoutId: payout.id, reason: "encore" }, now));
    expect(again).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "sepa.errors.alreadyRejected" } });
    expect(await sepaSnapshot()).toEqual(before);
    expect(await availableOf(shop.id)).toBe(4_321);
  });

  it("returns the money once when the rejection is recorded twice at once", async () => {
    const { shop } = await payoutShop();
    const payout = await shopPayout(shop.id, 1_700);
    await createSepaBatch(operator, now);
    const results = await Promise.allSettled([
      recordRejectedTransfer(operator, { payoutId: payout.id, reason: "AC04" }, now),
      recordRejectedTransfer(operator, { payoutId: payout.id, reason: "AC04" }, now),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().ledgerEntry.count({ where: { shopId: shop.id, type: "PAYOUT_REVERSAL" } })).toBe(1);
    expect(await availableOf(shop.id)).toBe(1_700);
  });

  it("returns a transfer the bank sent back after the batch was marked paid", async () => {
    const { shop } = await payoutShop();
    const payout = await shopPayout(shop.id, 2_500);
    const batch = await createSepaBatch(operator, now);
    await markSepaBatchPaid(operator, { batchId: batch.id }, now);
    expect((await payoutRow(payout.id)).status).toBe("PAID");

    await recordRejectedTransfer(operator, { payoutId: payout.id, reason: "MD07 bénéficiaire décédé" }, tomorrow);
    expect(await payoutRow(payout.id)).toMatchObject({ status: "FAILED", paidAt: null, failedAt: tomorrow });
    expect(await availableOf(shop.id, daysAfter(tomorrow, 1))).toBe(2_500);
    // the batch stays paid: the file was executed, one of its transfers came back
    expect((await getSepaBatch(operator, batch.id)).status).toBe("PAID");
  });

  it("returns an ambassador's transfer to the ambassador's balance", async () => {
    const { ambassador } = await payoutAmbassador();
    const payout = await ambassadorPayout(ambassador.id, 1_234);
    await createSepaBatch(operator, now);
    await recordRejectedTransfer(operator, { payoutId: payout.id, reason: "AC04" }, now);
    const entries = await getDb().ambassadorEntry.findMany({
      where: { ambassadorId: ambassador.id, type: "AMBASSADOR_PAYOUT_REVERSAL" },
    });
    expect(entries).toMatchObject([{ amount: 1_234, payoutId: null }]);
  });

  it.each([
    ["an empty reason", { reason: "" }, { reason: "sepa.errors.reasonRequired" }],
    ["a blank reason", { reason: "   \n " }, { reason: "sepa.errors.reasonRequired" }],
    ["no reason at all", { reason: undefined }, { reason: "sepa.errors.reasonRequired" }],
    ["a reason too long", { reason: "x".repeat(501) }, { reason: "sepa.errors.reasonTooLong" }],
    ["a malformed payout id", { payoutId: "'; DROP TABLE" }, { payoutId: "sepa.errors.payoutInvalid" }],
  ])("refuses %s (VALIDATION), nothing written", async (_, override, fieldErrors) => {
    const { shop } = await payoutShop();
    const payout = await shopPayout(shop.id, 900);
    await createSepaBatch(operator, now);
    const before = await sepaSnapshot();
    const input = { payoutId: payout.id, reason: "AC04", ...override } as { payoutId: string; reason: string };
    const error = await refusal(recordRejectedTransfer(operator, input, now));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors });
    expect(await sepaSnapshot()).toEqual(before);
  });

  it("refuses a payout in no file, or paid by Stripe (NOT_FOUND), nothing written", async () => {
    const { shop } = await payoutShop();
    const notInFile = await shopPayout(shop.id, 900, { scheduledFor: tomorrow });
    const stripe = await shopPayout(shop.id, 900, { method: "STRIPE", account: null });
    const before = await sepaSnapshot();
    for (const payout of [notInFile, stripe])
      expect((await refusal(recordRejectedTransfer(operator, { payoutId: payout.id, reason: "AC04" }, now))).code).toBe(
        "NOT_FOUND",
      );
    expect(await sepaSnapshot()).toEqual(before);
  });
});

describe("authorization (docs/architecture.md, authorization)", () => {
  let vendor: Actor;
  let shopper: Actor;
  let batchId: string;
  let payoutId: string;

  beforeAll(async () => {
    const { shop, vendor: owner } = await payoutShop();
    vendor = owner;
    shopper = await createUser("SHOPPER", "Marc Client");
    const payout = await shopPayout(shop.id, 6_000);
    payoutId = payout.id;
    batchId = (await createSepaBatch(operator, now)).id;
    // one more due, so that creating a batch would have something to take
    await shopPayout(shop.id, 1_000);
  });

  const ACTIONS: Record<string, (actor: Actor | null) => Promise<unknown>> = {
    createSepaBatch: (actor) => createSepaBatch(actor, now),
    markSepaBatchPaid: (actor) => markSepaBatchPaid(actor, { batchId }, now),
    recordRejectedTransfer: (actor) => recordRejectedTransfer(actor, { payoutId, reason: "AC04" }, now),
    listPayoutsToPay: (actor) => listPayoutsToPay(actor, {}, now),
    listSepaBatches: (actor) => listSepaBatches(actor),
    getSepaBatch: (actor) => getSepaBatch(actor, batchId),
    getSepaBatchFile: (actor) => getSepaBatchFile(actor, batchId),
  };

  const WHO: Record<string, { actor: () => Actor | null; code: string }> = {
    "the payee shop's vendor": { actor: () => vendor, code: "FORBIDDEN" },
    "a shopper": { actor: () => shopper, code: "FORBIDDEN" },
    "a signed-out visitor": { actor: () => null, code: "UNAUTHENTICATED" },
  };

  describe.each(Object.keys(ACTIONS))("%s", (action) => {
    for (const [who, { actor, code }] of Object.entries(WHO)) {
      it(`is refused to ${who} (${code}), nothing changed`, async () => {
        const before = await sepaSnapshot();
        expect((await refusal(ACTIONS[action](actor()))).code).toBe(code);
        expect(await sepaSnapshot()).toEqual(before);
      });
    }
  });
});
