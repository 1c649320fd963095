// The ShopOrder life cycle after payment (docs/domain.md, ShopOrder states and deadlines): each
// transition's effects (fields, timeline event, e-mails, deadlines, refunds), bad input refused
// with nothing changed, and two transitions racing on one part.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { loadOrderSettings } from "@/lib/orders/order-settings";
import { acceptanceDeadlines, afterDeliveryDeadlines, shippingDeadline } from "@/lib/orders/rules/deadlines";
import { applyJobTransition, MOVED_ON, transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { createUser, lifeSnapshot, paidOrder, putPartIn, refusal, twoShops, type Shops } from "./order-fixtures";

let shops: Shops;
let operator: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR", "Opé Rateur");
});

beforeEach(async () => {
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, trackingRequiredForPost: false },
    update: { trackingRequiredForPost: false },
  });
  shops = await twoShops();
});

const db = () => getDb();
const emailsTo = (to: string) =>
  db().emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { template: true, text: true } });
const eventsOf = (shopOrderId: string) =>
  db().shopOrderEvent.findMany({ where: { shopOrderId }, orderBy: { createdAt: "asc" } });
const part = (id: string) => db().shopOrder.findUniqueOrThrow({ where: { id } });
const stockOf = async (productId: string) => (await db().product.findUniqueOrThrow({ where: { id: productId } })).stock;

describe("payment", () => {
  it("sets each part's acceptance deadline and reminder, and starts its timeline", async () => {
    const paid = await paidOrder(shops);
    const settings = await loadOrderSettings(db());
    const order = await db().order.findUniqueOrThrow({ where: { id: paid.order.id } });
    for (const p of [paid.bakeryPart, paid.potteryPart]) {
      expect(p.status).toBe("AWAITING_ACCEPTANCE");
      const deadlines = acceptanceDeadlines(order.paidAt!, settings);
      expect(p.acceptBy).toEqual(deadlines.acceptBy);
      expect(p.remindAt).toEqual(deadlines.remindAt);
      const events = await eventsOf(p.id);
      expect(events).toMatchObject([
        { action: "PAID", fromStatus: "AWAITING_PAYMENT", toStatus: "AWAITING_ACCEPTANCE", actorKind: "SHOPPER" },
      ]);
      expect(events[0].actorId).toBe(paid.shopper!.id);
    }
  });
});

describe("posted part: accept, ship, deliver, confirm", () => {
  it("walks the whole way with its fields, events, deadlines and e-mails", async () => {
    const paid = await paidOrder(shops);
    const id = paid.potteryPart.id;
    const settings = await loadOrderSettings(db());
    await db().emailMessage.deleteMany();

    await expect(transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "ACCEPT" })).resolves.toEqual({
      shopOrderId: id,
      status: "ACCEPTED",
    });
    let now = await part(id);
    expect(now.statusChangedById).toBe(shops.potterVendor.id);
    expect(now.shipBy).toEqual(shippingDeadline(now.statusChangedAt, settings));
    expect(await emailsTo(paid.order.email)).toMatchObject([{ template: "order.accepted" }]);

    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: id,
      action: "SHIP",
      carrier: "colissimo",
      trackingCode: " 6a 1234 5678 901 ",
    });
    now = await part(id);
    expect(now).toMatchObject({ status: "SHIPPED", carrier: "colissimo", trackingCode: "6A12345678901" });
    const shipped = (await emailsTo(paid.order.email)).at(-1)!;
    expect(shipped.template).toBe("order.shipped");
    expect(shipped.text).toContain("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901");
    expect(shipped.text).toContain(paid.order.number);

    await transitionShopOrder(operator, { shopOrderId: id, action: "MARK_DELIVERED" });
    now = await part(id);
    expect(now.status).toBe("DELIVERED");
    expect(now.statusChangedById).toBe(operator.id);
    expect(now.deliveredAt).toEqual(now.statusChangedAt);
    const after = afterDeliveryDeadlines(now.deliveredAt!, settings);
    expect(now.autoConfirmAt).toEqual(after.autoConfirmAt);
    expect(now.returnBy).toEqual(after.returnBy);
    expect((await emailsTo(paid.order.email)).at(-1)!.template).toBe("order.delivered");

    await transitionShopOrder(paid.shopper, { shopOrderId: id, action: "CONFIRM" });
    expect((await part(id)).status).toBe("CONFIRMED");
    // the vendor hears of it at the shop owner's address
    expect(await emailsTo(shops.potterVendor.email)).toMatchObject([{ template: "order.receipt-confirmed" }]);

    expect(
      (await eventsOf(id)).map((event) => [event.action, event.fromStatus, event.toStatus, event.actorKind]),
    ).toEqual([
      ["PAID", "AWAITING_PAYMENT", "AWAITING_ACCEPTANCE", "SHOPPER"],
      ["ACCEPT", "AWAITING_ACCEPTANCE", "ACCEPTED", "VENDOR"],
      ["SHIP", "ACCEPTED", "SHIPPED", "VENDOR"],
      ["MARK_DELIVERED", "SHIPPED", "DELIVERED", "OPERATOR"],
      ["CONFIRM", "DELIVERED", "CONFIRMED", "SHOPPER"],
    ]);
    expect((await eventsOf(id))[2].data).toEqual({ carrier: "colissimo", trackingCode: "6A12345678901" });
    // no refund on the way, and the other shop's part is untouched
    expect(await db().refund.count()).toBe(0);
    expect((await part(paid.bakeryPart.id)).status).toBe("AWAITING_ACCEPTANCE");
  });

  it("ships without tracking when the marketplace does not ask for it, and confirms straight from SHIPPED", async () => {
    const paid = await paidOrder(shops);
    const id = paid.potteryPart.id;
    await transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "SHIP" });
    expect(await part(id)).toMatchObject({ status: "SHIPPED", carrier: null, trackingCode: null });
    await transitionShopOrder(paid.shopper, { shopOrderId: id, action: "CONFIRM" });
    const confirmed = await part(id);
    expect(confirmed.status).toBe("CONFIRMED");
    // received now: the return window counts from here
    expect(confirmed.deliveredAt).toEqual(confirmed.statusChangedAt);
    expect(confirmed.returnBy).not.toBeNull();
  });

  it("is confirmed by the job once autoConfirmAt has passed, not before", async () => {
    const paid = await paidOrder(shops);
    const id = paid.potteryPart.id;
    await transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "SHIP" });
    await transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "MARK_DELIVERED" });
    const delivered = await part(id);
    const emails = await db().emailMessage.count();
    expect(await applyJobTransition(id, "AUTO_CONFIRM", new Date(delivered.autoConfirmAt!.getTime() - 1))).toBe(
      "moved-on",
    );
    expect(await applyJobTransition(id, "AUTO_CONFIRM", delivered.autoConfirmAt!)).toBe("done");
    expect(await part(id)).toMatchObject({ status: "CONFIRMED", statusChangedById: null });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: "AUTO_CONFIRM", actorKind: "JOB", actorId: null });
    expect(await db().emailMessage.count()).toBe(emails);
    expect(await applyJobTransition(id, "AUTO_CONFIRM", delivered.autoConfirmAt!)).toBe("moved-on");
  });
});

describe("click & collect: ready for pickup, handed over with the shopper's code", () => {
  it("gives the shopper a six-digit code with the address, and hands over only against it", async () => {
    const paid = await paidOrder(shops);
    const id = paid.bakeryPart.id;
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: id, action: "ACCEPT" });
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: id, action: "READY_FOR_PICKUP" });
    const ready = await part(id);
    const code = ready.pickupCode!;
    expect(ready.status).toBe("READY_FOR_PICKUP");
    expect(ready.pickupCode).toMatch(/^\d{6}$/);
    const email = (await emailsTo(paid.order.email)).at(-1)!;
    expect(email.template).toBe("order.ready-for-pickup");
    expect(email.text).toContain(ready.pickupCode);
    expect(email.text).toContain("12 rue des Halles, 69001 Lyon");
    expect(email.text).toContain("Sonnez à la porte de côté");

    const wrong = String((Number(ready.pickupCode) + 1) % 1_000_000).padStart(6, "0");
    const before = await lifeSnapshot(paid.order.id);
    expect(
      await refusal(
        transitionShopOrder(shops.bakerVendor, { shopOrderId: id, action: "HAND_OVER", pickupCode: wrong }),
      ),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { pickupCode: "orderLife.errors.pickupCodeWrong" } });
    expect(
      await refusal(transitionShopOrder(shops.bakerVendor, { shopOrderId: id, action: "HAND_OVER" })),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { pickupCode: "orderLife.errors.pickupCodeRequired" } });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);

    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: id,
      action: "HAND_OVER",
      pickupCode: ` ${code.slice(0, 3)} ${code.slice(3)} `,
    });
    const handed = await part(id);
    expect(handed.status).toBe("DELIVERED");
    expect(handed.deliveredAt).not.toBeNull();
    expect(handed.autoConfirmAt).not.toBeNull();
    expect((await emailsTo(paid.order.email)).at(-1)!.template).toBe("order.handed-over");
  });

  it("gives every part its own code", async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const paid = await paidOrder(await twoShops());
      const vendor = (await db().shop.findUniqueOrThrow({ where: { id: paid.bakeryPart.shopId } })).ownerId;
      const actor = await db().user.findUniqueOrThrow({
        where: { id: vendor },
        select: { id: true, role: true, name: true, email: true },
      });
      await putPartIn(paid.bakeryPart.id, "ACCEPTED");
      await transitionShopOrder(actor, { shopOrderId: paid.bakeryPart.id, action: "READY_FOR_PICKUP" });
      codes.add((await part(paid.bakeryPart.id)).pickupCode!);
    }
    expect(codes.size).toBeGreaterThan(1);
  });
});

describe("services: made available with a message", () => {
  it("delivers the part with the vendor's message to the shopper", async () => {
    const paid = await paidOrder(shops, { services: true });
    const id = paid.bakeryPart.id;
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: id, action: "ACCEPT" });
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: id,
      action: "MAKE_AVAILABLE",
      availabilityNote: "  Votre atelier est réservé mardi à 10 h.  ",
    });
    const available = await part(id);
    expect(available).toMatchObject({
      status: "DELIVERED",
      availabilityNote: "Votre atelier est réservé mardi à 10 h.",
    });
    expect(available.autoConfirmAt).not.toBeNull();
    const email = (await emailsTo(paid.order.email)).at(-1)!;
    expect(email.template).toBe("order.made-available");
    expect(email.text).toContain("Votre atelier est réservé mardi à 10 h.");
  });
});

describe("refused, expired, cancelled: refunded in full, stock back", () => {
  it("REFUSE: the reason, a pending refund of what was paid, the ledger entries, the stock, the shopper's e-mail", async () => {
    const paid = await paidOrder(shops);
    const id = paid.potteryPart.id;
    const stock = await stockOf(shops.bowl.id);
    await transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "REFUSE", reason: "  Pièce fêlée  " });
    expect(await part(id)).toMatchObject({ status: "REFUSED", refundedAmount: 3490 });
    const refunds = await db().refund.findMany({ where: { shopOrderId: id } });
    expect(refunds).toMatchObject([
      { amount: 3490, currency: "EUR", status: "PENDING", reason: "Pièce fêlée", attempts: 0 },
    ]);
    const ledger = await db().ledgerEntry.findMany({ where: { shopOrderId: id }, orderBy: { createdAt: "asc" } });
    expect(ledger.map((entry) => [entry.type, entry.amount])).toEqual(
      expect.arrayContaining([
        ["SALE", 2800],
        ["SHIPPING", 690],
        ["COMMISSION", -280],
        ["PAYMENT_FEE", -77],
        ["REFUND", -3490],
        ["COMMISSION", 280],
      ]),
    );
    // the provider keeps its fee: the shop's net for the part is minus that fee
    expect(ledger.reduce((sum, entry) => sum + entry.amount, 0)).toBe(-77);
    expect(await stockOf(shops.bowl.id)).toBe(stock + 1);
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: "REFUSE",
      reason: "Pièce fêlée",
      data: { refundId: refunds[0].id, refundAmount: 3490 },
    });
    const email = (await emailsTo(paid.order.email)).at(-1)!;
    expect(email.template).toBe("order.refused");
    expect(email.text).toContain("Pièce fêlée");
    expect(email.text).toMatch(/34,90\s€/);
    // the other part goes on
    expect((await part(paid.bakeryPart.id)).status).toBe("AWAITING_ACCEPTANCE");
  });

  it("EXPIRE: once acceptBy has passed, the job expires the part, refunds it and tells both sides", async () => {
    const paid = await paidOrder(shops);
    const id = paid.bakeryPart.id;
    const stock = await stockOf(shops.bread.id);
    const acceptBy = paid.bakeryPart.acceptBy!;
    expect(await applyJobTransition(id, "EXPIRE", new Date(acceptBy.getTime() - 1000))).toBe("moved-on");
    expect((await part(id)).status).toBe("AWAITING_ACCEPTANCE");
    expect(await applyJobTransition(id, "EXPIRE", acceptBy)).toBe("done");
    expect(await part(id)).toMatchObject({ status: "EXPIRED", refundedAmount: 900, statusChangedById: null });
    expect(await db().refund.findMany({ where: { shopOrderId: id } })).toMatchObject([{ amount: 900 }]);
    expect(await stockOf(shops.bread.id)).toBe(stock + 2);
    expect((await emailsTo(paid.order.email)).at(-1)!.template).toBe("order.expired");
    expect((await emailsTo(shops.bakery.email!)).at(-1)!.template).toBe("order.expired-shop");
    // once only
    expect(await applyJobTransition(id, "EXPIRE", acceptBy)).toBe("moved-on");
    expect(await db().refund.count({ where: { shopOrderId: id } })).toBe(1);
    expect(await applyJobTransition("cknosuchpart0000000000000", "EXPIRE", acceptBy)).toBe("moved-on");
  });

  it("CANCEL by the shopper before acceptance (reason optional), by the vendor after (reason required)", async () => {
    const paid = await paidOrder(shops);
    await transitionShopOrder(paid.shopper, { shopOrderId: paid.bakeryPart.id, action: "CANCEL" });
    expect(await part(paid.bakeryPart.id)).toMatchObject({ status: "CANCELLED", refundedAmount: 900 });
    expect((await emailsTo(shops.bakery.email!)).at(-1)!.template).toBe("order.cancelled-shop");

    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "ACCEPT" });
    const before = await lifeSnapshot(paid.order.id);
    expect(
      await refusal(transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "CANCEL" })),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: "orderLife.errors.reasonRequired" } });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "CANCEL",
      reason: "Four en panne",
    });
    expect(await part(paid.potteryPart.id)).toMatchObject({ status: "CANCELLED", refundedAmount: 3490 });
    const shopperEmail = (await emailsTo(paid.order.email)).at(-1)!;
    expect(shopperEmail.template).toBe("order.cancelled");
    expect(shopperEmail.text).toContain("Four en panne");
    // the whole order is refunded: both parts, each once
    expect(
      (await db().refund.findMany({ where: { shopOrder: { orderId: paid.order.id } } })).map((r) => r.amount).sort(),
    ).toEqual([3490, 900].sort());
  });
});

describe("bad input: VALIDATION with the field, nothing changed", () => {
  const tooLong = "x".repeat(1001);

  it.each([
    ["no reason", {}, { reason: "orderLife.errors.reasonRequired" }],
    ["a blank reason", { reason: "   " }, { reason: "orderLife.errors.reasonRequired" }],
    ["a reason too long", { reason: tooLong }, { reason: "orderLife.errors.reasonTooLong" }],
    ["a reason that is not text", { reason: 42 as unknown as string }, { reason: "orderLife.errors.reasonRequired" }],
  ])("REFUSE with %s", async (_name, input, fieldErrors) => {
    const paid = await paidOrder(shops);
    const before = await lifeSnapshot(paid.order.id);
    expect(
      await refusal(
        transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "REFUSE", ...input }),
      ),
    ).toMatchObject({ code: "VALIDATION", fieldErrors });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it("CANCEL by the shopper with a reason too long", async () => {
    const paid = await paidOrder(shops);
    const before = await lifeSnapshot(paid.order.id);
    expect(
      await refusal(
        transitionShopOrder(paid.shopper, { shopOrderId: paid.potteryPart.id, action: "CANCEL", reason: tooLong }),
      ),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: "orderLife.errors.reasonTooLong" } });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it.each([
    [
      "no tracking number when the marketplace requires one",
      { carrier: "colissimo" },
      { trackingCode: "orderLife.errors.trackingCodeRequired" },
    ],
    [
      "no carrier when the marketplace requires one",
      { trackingCode: "6A12345678901" },
      { carrier: "orderLife.errors.carrierRequired" },
    ],
    [
      "a tracking number that is not one",
      { carrier: "colissimo", trackingCode: "n°12!" },
      { trackingCode: "orderLife.errors.trackingCodeInvalid" },
    ],
    [
      "an unknown carrier",
      { carrier: "pigeon", trackingCode: "6A12345678901" },
      { carrier: "orderLife.errors.carrierInvalid" },
    ],
  ])("SHIP a posted part with %s", async (_name, input, fieldErrors) => {
    await db().marketplaceSettings.update({ where: { id: 1 }, data: { trackingRequiredForPost: true } });
    const paid = await paidOrder(shops);
    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "ACCEPT" });
    const before = await lifeSnapshot(paid.order.id);
    expect(
      await refusal(
        transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "SHIP", ...input }),
      ),
    ).toMatchObject({ code: "VALIDATION", fieldErrors });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it("SHIP a tracking number without its carrier, even when tracking is optional", async () => {
    const paid = await paidOrder(shops);
    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "ACCEPT" });
    const before = await lifeSnapshot(paid.order.id);
    expect(
      await refusal(
        transitionShopOrder(shops.potterVendor, {
          shopOrderId: paid.potteryPart.id,
          action: "SHIP",
          trackingCode: "6A12345678901",
        }),
      ),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { carrier: "orderLife.errors.carrierRequired" } });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it("MAKE_AVAILABLE with a message too long", async () => {
    const paid = await paidOrder(shops, { services: true });
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    const before = await lifeSnapshot(paid.order.id);
    expect(
      await refusal(
        transitionShopOrder(shops.bakerVendor, {
          shopOrderId: paid.bakeryPart.id,
          action: "MAKE_AVAILABLE",
          availabilityNote: "x".repeat(2001),
        }),
      ),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { availabilityNote: "orderLife.errors.noteTooLong" } });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });
});

describe("two transitions at the same time", () => {
  it("ACCEPT by the vendor and EXPIRE by the job on one part: exactly one wins, the other is told it moved on", async () => {
    const winners = { ACCEPT: 0, EXPIRE: 0 };
    for (let round = 0; round < 10; round++) {
      const paid = await paidOrder(shops);
      const id = paid.potteryPart.id;
      const [accept, expire] = await Promise.allSettled([
        transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "ACCEPT" }),
        applyJobTransition(id, "EXPIRE", paid.potteryPart.acceptBy!),
      ]);
      const accepted = accept.status === "fulfilled";
      const expired = expire.status === "fulfilled" && expire.value === "done";
      expect(accepted !== expired).toBe(true);
      if (accepted) {
        winners.ACCEPT++;
        expect(expire).toEqual({ status: "fulfilled", value: "moved-on" });
      } else {
        winners.EXPIRE++;
        expect(accept.status === "rejected" && accept.reason).toMatchObject({ code: "CONFLICT", message: MOVED_ON });
      }
      const after = await part(id);
      expect(after.status).toBe(accepted ? "ACCEPTED" : "EXPIRED");
      expect((await eventsOf(id)).filter((event) => event.action !== "PAID")).toHaveLength(1);
      expect(await db().refund.count({ where: { shopOrderId: id } })).toBe(accepted ? 0 : 1);
      expect(await db().ledgerEntry.count({ where: { shopOrderId: id, type: "REFUND" } })).toBe(accepted ? 0 : 1);
    }
    expect(winners.ACCEPT + winners.EXPIRE).toBe(10);
  });

  it("two vendors' clicks on ACCEPT and REFUSE: one wins, one CONFLICT, at most one refund", async () => {
    for (let round = 0; round < 5; round++) {
      const paid = await paidOrder(shops);
      const id = paid.potteryPart.id;
      const results = await Promise.allSettled([
        transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "ACCEPT" }),
        transitionShopOrder(shops.potterVendor, { shopOrderId: id, action: "REFUSE", reason: "Absent" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
      expect(await db().refund.count({ where: { shopOrderId: id } })).toBeLessThanOrEqual(1);
      expect((await eventsOf(id)).filter((event) => event.action !== "PAID")).toHaveLength(1);
    }
  });
});
