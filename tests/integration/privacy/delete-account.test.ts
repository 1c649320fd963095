import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getDb } from "@/lib/db";
import { AccountDeletionRefused, deleteAccount } from "@/lib/privacy/delete-account";
import { collectPersonalData } from "@/lib/privacy/export-personal-data";
import { createShop, createUser, refusal, type Shops } from "../orders/order-fixtures";
import { lifeOf, PASSWORD, person, tablesHolding, world } from "./privacy-fixtures";

/** Everything a deletion may change, to assert that a refusal changed nothing. */
async function everything(userId: string) {
  const db = getDb();
  return {
    user: await db.user.findUnique({ where: { id: userId } }),
    addresses: await db.address.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    orders: await db.order.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    parts: await db.shopOrder.findMany({ where: { order: { userId } }, orderBy: { id: "asc" } }),
    messages: await db.orderMessage.count(),
    reviews: await db.review.findMany({ orderBy: { id: "asc" } }),
    carts: await db.cartLine.count(),
    attempts: await db.signInAttempt.count(),
    contacts: await db.contactRequest.count(),
    emails: await db.emailMessage.count(),
    audits: await db.auditLog.count(),
  };
}

/** The money of a person's orders: amounts and ledger entries, which a deletion must keep. */
async function money(userId: string) {
  const db = getDb();
  return {
    orders: await db.order.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: {
        number: true,
        totalAmount: true,
        itemsAmount: true,
        shippingAmount: true,
        createdAt: true,
        paidAt: true,
      },
    }),
    parts: await db.shopOrder.findMany({
      where: { order: { userId } },
      orderBy: { id: "asc" },
      select: { shopId: true, status: true, itemsAmount: true, commissionAmount: true, lines: true },
    }),
    ledger: await db.ledgerEntry.findMany({
      where: { shopOrder: { order: { userId } } },
      orderBy: { id: "asc" },
      select: { id: true, type: true, amount: true, shopId: true },
    }),
  };
}

let shops: Shops;
async function shopsOnce() {
  shops ??= await world();
  return shops;
}

describe("deleteAccount, accepted", () => {
  it("erases every personal datum, keeps the orders' money and the ledger, audits, and ends sign-in", async () => {
    const shops = await shopsOnce();
    const alice = await person();
    const bob = await person();
    await lifeOf(shops, alice);
    await lifeOf(shops, bob);
    const aliceMoney = await money(alice.actor.id);
    const bobBefore = await collectPersonalData(bob.actor);
    expect(aliceMoney.ledger.length).toBeGreaterThan(0);
    expect(await tablesHolding(alice.identity.marker)).not.toEqual([]);

    await deleteAccount(alice.actor, { password: PASSWORD });

    // Nothing anywhere holds Alice's e-mail, name, phone, address line or company any more.
    for (const datum of [
      alice.identity.marker,
      alice.identity.email,
      alice.identity.name,
      alice.identity.phone,
      alice.identity.line1,
      alice.identity.company,
    ])
      expect(await tablesHolding(datum), datum).toEqual([]);
    const db = getDb();
    expect(await db.user.findUniqueOrThrow({ where: { id: alice.actor.id } })).toMatchObject({
      email: `deleted-${alice.actor.id}@invalid`,
      name: "",
      passwordHash: "",
      isBusiness: false,
      companyName: null,
      vatNumber: null,
      sessionVersion: 1,
    });
    expect(await db.address.count({ where: { userId: alice.actor.id } })).toBe(0);
    expect(await db.cart.count({ where: { userId: alice.actor.id } })).toBe(0);
    // Orders, parts, lines and ledger entries unchanged in amounts, dates and shops.
    expect(await money(alice.actor.id)).toEqual(aliceMoney);
    // The review stays, unsigned; the message and its file are gone.
    const review = await db.review.findFirstOrThrow({ where: { shopOrder: { order: { userId: alice.actor.id } } } });
    expect(review).toMatchObject({ authorId: null, authorName: "", rating: 5, comment: "Excellent pain" });
    expect(
      await db.orderMessage.count({
        where: { shopOrder: { order: { userId: alice.actor.id } }, authorKind: "SHOPPER" },
      }),
    ).toBe(0);
    // The audit log records it, with counts only.
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.accountDeleted", entityId: alice.actor.id },
    });
    expect(audit).toMatchObject({ actorId: alice.actor.id, entityType: "User" });
    expect(audit.data).toMatchObject({ ordersAnonymised: 1, reviewsKept: 1, messagesDeleted: 1, filesDeleted: 1 });
    // Alice cannot sign in again, with either address.
    expect(await verifyCredentials({ email: alice.identity.email, password: PASSWORD }, "198.51.100.1")).toBeNull();
    expect(
      await verifyCredentials({ email: `deleted-${alice.actor.id}@invalid`, password: PASSWORD }, "198.51.100.1"),
    ).toBeNull();
    expect(
      await verifyCredentials({ email: `deleted-${alice.actor.id}@invalid`, password: "" }, "198.51.100.1"),
    ).toBeNull();
    // Bob's data is untouched.
    expect(await collectPersonalData(bob.actor, new Date(bobBefore.exportedAt))).toEqual(bobBefore);
    expect(await tablesHolding(bob.identity.marker)).not.toEqual([]);
  });

  it("a vendor whose shops are all closed may delete the account; the closed shop stays", async () => {
    const vendor = await person("VENDOR");
    const shop = await createShop(vendor.actor, { status: "CLOSED" });
    await deleteAccount(vendor.actor, { password: PASSWORD });
    const db = getDb();
    expect(await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({ ownerId: vendor.actor.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: vendor.actor.id } })).toMatchObject({
      email: `deleted-${vendor.actor.id}@invalid`,
    });
  });
});

describe("deleteAccount, refused with nothing changed", () => {
  async function refusedWith(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AccountDeletionRefused);
    return (error as AccountDeletionRefused).blockers;
  }

  it("while an order placed is not finished: the order is named", async () => {
    const shops = await shopsOnce();
    const alice = await person();
    const paid = await lifeOf(shops, alice, { openPart: true });
    await getDb().shopOrder.update({ where: { id: paid.potteryPart.id }, data: { status: "SHIPPED" } });
    const before = await everything(alice.actor.id);
    expect(await refusedWith(deleteAccount(alice.actor, { password: PASSWORD }))).toEqual([
      { kind: "OPEN_ORDER", orderNumber: paid.order.number, status: "SHIPPED" },
    ]);
    expect(await everything(alice.actor.id)).toEqual(before);
  });

  it.each([
    "AWAITING_ACCEPTANCE",
    "ACCEPTED",
    "READY_FOR_PICKUP",
    "DELIVERED",
    "RETURN_REQUESTED",
    "RETURN_REFUSED",
    "ESCALATED",
  ] as const)("a part %s blocks the deletion", async (status) => {
    const shops = await shopsOnce();
    const alice = await person();
    const paid = await lifeOf(shops, alice, { openPart: true });
    await getDb().shopOrder.update({ where: { id: paid.potteryPart.id }, data: { status } });
    expect(await refusedWith(deleteAccount(alice.actor, { password: PASSWORD }))).toEqual([
      { kind: "OPEN_ORDER", orderNumber: paid.order.number, status },
    ]);
  });

  it("an unpaid order blocks the deletion", async () => {
    const shops = await shopsOnce();
    const alice = await person();
    const paid = await lifeOf(shops, alice);
    await getDb().order.update({ where: { id: paid.order.id }, data: { status: "AWAITING_PAYMENT" } });
    expect(await refusedWith(deleteAccount(alice.actor, { password: PASSWORD }))).toEqual([
      { kind: "OPEN_ORDER", orderNumber: paid.order.number, status: "AWAITING_PAYMENT" },
    ]);
  });

  it("a vendor with a shop not closed: close it first; nothing changes", async () => {
    const vendor = await person("VENDOR");
    const shop = await createShop(vendor.actor, { status: "APPROVED", name: "Fournil Zed" });
    const before = await everything(vendor.actor.id);
    expect(await refusedWith(deleteAccount(vendor.actor, { password: PASSWORD }))).toEqual([
      { kind: "OPEN_SHOP", shopName: "Fournil Zed", status: "APPROVED" },
    ]);
    expect(await everything(vendor.actor.id)).toEqual(before);
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({ status: "APPROVED" });
  });

  it("an ambassador balance not paid out yet blocks the deletion", async () => {
    const alice = await person();
    const db = getDb();
    const ambassador = await db.ambassador.create({ data: { userId: alice.actor.id, code: `AMB${Date.now()}` } });
    await db.ambassadorEntry.create({ data: { ambassadorId: ambassador.id, type: "AMBASSADOR_SHARE", amount: 630 } });
    expect(await refusedWith(deleteAccount(alice.actor, { password: PASSWORD }))).toEqual([
      { kind: "AMBASSADOR_BALANCE", amount: 630, currency: "EUR" },
    ]);
  });

  it("an operator's account is not deleted here", async () => {
    const operator = await person();
    await getDb().user.update({ where: { id: operator.actor.id }, data: { role: "OPERATOR" } });
    expect(await refusedWith(deleteAccount({ ...operator.actor, role: "OPERATOR" }, { password: PASSWORD }))).toEqual([
      { kind: "OPERATOR" },
    ]);
  });

  it.each([
    ["a wrong password", { password: "pas-le-bon-mot-de-passe" }, "security.privacy.errors.passwordWrong"],
    ["no password", { password: "" }, "security.privacy.errors.passwordRequired"],
    ["an overlong password", { password: "x".repeat(201) }, "security.privacy.errors.passwordWrong"],
    ["not a string", { password: 42 as unknown as string }, expect.stringMatching(/^forms\.errors\./)],
  ])("%s: VALIDATION on the password, nothing changed", async (_what, input, key) => {
    const shops = await shopsOnce();
    const alice = await person();
    await lifeOf(shops, alice);
    const before = await everything(alice.actor.id);
    expect(await refusal(deleteAccount(alice.actor, input))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { password: key },
    });
    expect(await everything(alice.actor.id)).toEqual(before);
  });

  it("stops guessing: past 10 password checks in an hour, even the right password is refused", async () => {
    const shops = await shopsOnce();
    const alice = await person();
    await lifeOf(shops, alice);
    for (let guess = 0; guess < 10; guess += 1) {
      expect((await refusal(deleteAccount(alice.actor, { password: `guess-${guess}-xyz` }))).code).toBe("VALIDATION");
    }
    const before = await everything(alice.actor.id);
    expect(await refusal(deleteAccount(alice.actor, { password: PASSWORD }))).toMatchObject({
      code: "RATE_LIMITED",
      fieldErrors: { form: "security.throttle.passwordChecks" },
    });
    expect(await everything(alice.actor.id)).toEqual(before);
  });

  it("signed out: UNAUTHENTICATED, nothing changed", async () => {
    const shops = await shopsOnce();
    const alice = await person();
    await lifeOf(shops, alice);
    const before = await everything(alice.actor.id);
    expect((await refusal(deleteAccount(null, { password: PASSWORD }))).code).toBe("UNAUTHENTICATED");
    expect(await everything(alice.actor.id)).toEqual(before);
  });

  it("another person, even knowing the password, deletes only their own account", async () => {
    const shops = await shopsOnce();
    const alice = await person();
    await lifeOf(shops, alice);
    const before = await everything(alice.actor.id);
    // Another user's session with Alice's password is checked against that user's own account.
    const other = await createUser("SHOPPER");
    expect(await refusal(deleteAccount(other, { password: PASSWORD }))).toMatchObject({ code: "VALIDATION" });
    expect(await everything(alice.actor.id)).toEqual(before);
  });
});
