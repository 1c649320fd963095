// Payout details under review (docs/security.md, payout details): a new IBAN on an approved shop
// waits for an operator, the payouts keep the approved one, the owner is e-mailed; approval
// switches it, refusal drops it; only operators decide.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { saveShopPayout } from "@/lib/onboarding/save-shop-payout";
import { decidePayoutChange } from "@/lib/payouts/payout-change/decide-payout-change";
import { getPendingPayoutChange } from "@/lib/payouts/payout-change/get-pending-payout-change";
import { runPayouts } from "@/lib/payouts/run-payouts";
import { listSellers } from "@/lib/sellers/list-sellers";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { at, daysAfter, IBANS, paidPart, payoutSettings, payoutShop } from "../payouts/payout-fixtures";
import { createUser, refusal } from "../sellers/fixtures";

let operator: Actor;
let smtp: SmtpCatcher;

beforeAll(async () => {
  operator = await createUser("OPERATOR", "Opé");
  smtp = await startSmtpCatcher();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

beforeEach(async () => {
  await payoutSettings();
});

/** A delivered part whose money becomes available at `availableAt`. */
const sale = (shopId: string, availableAt: Date) =>
  paidPart(shopId, { paidAt: daysAfter(availableAt, -20), deliveredAt: daysAfter(availableAt, -14) });

const shopOf = (id: string) => getDb().shop.findUniqueOrThrow({ where: { id } });

/** What a decision may write: the shop row, its audit rows and e-mails. */
async function snapshot(shopId: string) {
  const db = getDb();
  const shop = await shopOf(shopId);
  return {
    shop,
    audits: await db.auditLog.count({ where: { entityType: "Shop", entityId: shopId } }),
    emails: await db.emailMessage.count(),
  };
}

async function requestedChange() {
  const { vendor, shop } = await payoutShop();
  const result = await saveShopPayout(vendor, shop.id, { holderName: "Atelier Léa", iban: IBANS.de });
  expect(result).toEqual({ reviewRequested: true, status: "APPROVED" });
  const { payoutChangeRequestedAt } = await shopOf(shop.id);
  return { vendor, shop, requestedAt: payoutChangeRequestedAt!.toISOString() };
}

describe("a payout account change on an approved shop", () => {
  it("stays pending, the payouts keep the approved IBAN, and the owner is e-mailed at their account address", async () => {
    const { vendor, shop } = await payoutShop();
    await sale(shop.id, at("2030-03-05T12:00:00+01:00"));
    await getDb().emailMessage.deleteMany();

    await saveShopPayout(vendor, shop.id, { holderName: "Atelier Léa", iban: "de89 3704 0044 0532 0130 00" });
    expect(await shopOf(shop.id)).toMatchObject({
      payoutIban: IBANS.fr,
      pendingPayoutIban: IBANS.de,
      pendingPayoutHolderName: "Atelier Léa",
    });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: shop.id, action: "shop.payout-change-requested" },
    });
    expect(JSON.stringify(audit.data)).not.toContain(IBANS.de);

    const toOwner = await getDb().emailMessage.findMany({ where: { to: vendor.email } });
    expect(toOwner.map((email) => email.template)).toEqual(["payout.change-requested"]);
    process.env.SMTP_URL = smtp.url;
    smtp.received.length = 0;
    await deliverPendingEmails();
    delete process.env.SMTP_URL;
    const mail = smtp.received.find((received) => received.envelopeTo[0] === vendor.email)!.mail;
    expect(mail.subject).toContain(shop.name);
    expect(mail.text).toContain("DE89 •••• •••• •••• ••30 00");
    expect(mail.text).not.toContain(IBANS.de);

    await runPayouts(at("2030-03-10T06:00:00+01:00"));
    const [payout] = await getDb().payout.findMany({ where: { shopId: shop.id } });
    expect(payout).toMatchObject({ method: "BANK_TRANSFER", accountIban: IBANS.fr });
  });

  it("becomes the payout account once an operator approves it, audited and told to the owner", async () => {
    const { vendor, shop, requestedAt } = await requestedChange();
    const toReview = await listSellers(operator, { filter: "REVIEW", query: shop.name });
    expect(toReview.shops.map((listed) => listed.id)).toEqual([shop.id]);
    const pending = await getPendingPayoutChange(operator, shop.id);
    expect(pending).toMatchObject({ requested: { holderName: "Atelier Léa" } });
    expect(pending!.requested.maskedIban).not.toContain(IBANS.de);

    await decidePayoutChange(operator, "approved", { shopId: shop.id, requestedAt });
    expect(await shopOf(shop.id)).toMatchObject({
      payoutIban: IBANS.de,
      payoutHolderName: "Atelier Léa",
      pendingPayoutIban: null,
      pendingPayoutHolderName: null,
      payoutChangeRequestedAt: null,
    });
    expect(await getPendingPayoutChange(operator, shop.id)).toBeNull();
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: shop.id, action: "shop.payout-change-approved" },
    });
    expect(audit.actorId).toBe(operator.id);
    expect(await getDb().emailMessage.count({ where: { to: vendor.email, template: "payout.change-decided" } })).toBe(
      1,
    );

    await sale(shop.id, at("2030-04-01T12:00:00+02:00"));
    await runPayouts(at("2030-04-10T06:00:00+02:00"));
    const [payout] = await getDb().payout.findMany({ where: { shopId: shop.id } });
    expect(payout).toMatchObject({ accountIban: IBANS.de, accountHolderName: "Atelier Léa" });
  });

  it("is dropped when an operator refuses it: the approved account stays", async () => {
    const { vendor, shop, requestedAt } = await requestedChange();
    await decidePayoutChange(operator, "refused", { shopId: shop.id, requestedAt });
    expect(await shopOf(shop.id)).toMatchObject({
      payoutIban: IBANS.fr,
      payoutHolderName: "Atelier Léa",
      pendingPayoutIban: null,
    });
    expect(await getDb().auditLog.count({ where: { entityId: shop.id, action: "shop.payout-change-refused" } })).toBe(
      1,
    );
    const decided = await getDb().emailMessage.findFirstOrThrow({
      where: { to: vendor.email, template: "payout.change-decided" },
    });
    expect(decided.data).toMatchObject({ decision: "refused" });
  });

  it("cannot be decided by the vendor (their own), another vendor, a shopper or a signed-out visitor", async () => {
    const { vendor, shop, requestedAt } = await requestedChange();
    const other = await payoutShop();
    const shopper = await createUser("SHOPPER");
    const before = await snapshot(shop.id);
    for (const decision of ["approved", "refused"] as const) {
      for (const [who, code] of [
        [vendor, "FORBIDDEN"],
        [other.vendor, "FORBIDDEN"],
        [shopper, "FORBIDDEN"],
        [null, "UNAUTHENTICATED"],
      ] as const) {
        expect((await refusal(decidePayoutChange(who, decision, { shopId: shop.id, requestedAt }))).code).toBe(code);
      }
    }
    expect((await refusal(getPendingPayoutChange(vendor, shop.id))).code).toBe("FORBIDDEN");
    expect(await snapshot(shop.id)).toEqual(before);
  });

  it("refuses a stale or malformed decision, and a shop with nothing pending, writing nothing", async () => {
    const { vendor, shop, requestedAt } = await requestedChange();
    // The vendor (or whoever holds the session) asks again: the operator's page is out of date.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveShopPayout(vendor, shop.id, { holderName: "Atelier Léa", iban: IBANS.be });
    const before = await snapshot(shop.id);
    expect(await refusal(decidePayoutChange(operator, "approved", { shopId: shop.id, requestedAt }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "security.review.payout.noPending" },
    });
    expect((await refusal(decidePayoutChange(operator, "approved", { shopId: "../x", requestedAt }))).code).toBe(
      "VALIDATION",
    );
    expect(
      (await refusal(decidePayoutChange(operator, "approved", { shopId: shop.id, requestedAt: "yesterday" }))).code,
    ).toBe("VALIDATION");
    expect(await snapshot(shop.id)).toEqual(before);

    const { shop: quiet } = await payoutShop();
    expect((await refusal(decidePayoutChange(operator, "approved", { shopId: quiet.id, requestedAt }))).code).toBe(
      "CONFLICT",
    );
  });

  it("is refused when the IBAN is invalid, changing nothing", async () => {
    const { vendor, shop } = await payoutShop();
    const before = await snapshot(shop.id);
    const error = await refusal(saveShopPayout(vendor, shop.id, { holderName: "Atelier Léa", iban: IBANS.invalid }));
    expect(error.fieldErrors.iban).toBe("onboarding.errors.ibanInvalid");
    expect(await snapshot(shop.id)).toEqual(before);
  });
});

describe("a shop not yet approved", () => {
  it("edits its payout account directly, as during onboarding", async () => {
    const { vendor, shop } = await payoutShop({ status: "PENDING", approvedAt: null });
    const emails = await getDb().emailMessage.count();
    expect(await saveShopPayout(vendor, shop.id, { holderName: "Atelier Léa", iban: IBANS.de })).toMatchObject({
      reviewRequested: false,
    });
    expect(await shopOf(shop.id)).toMatchObject({ payoutIban: IBANS.de, pendingPayoutIban: null });
    expect(await getDb().emailMessage.count()).toBe(emails);
  });
});
