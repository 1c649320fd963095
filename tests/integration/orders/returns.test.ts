// Returns (docs/domain.md, returns and escalations): the shopper asks within the window, the shop
// accepts with instructions or refuses with a reason, the goods come back and are refunded. Who may
// act (docs/architecture.md, authorization), bad input and closed windows refused with nothing
// written, concurrent answers, the ledger of the refund and the deadline job after a refusal.
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getMyOrder } from "@/lib/orders/get-my-order";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { requestReturn } from "@/lib/orders/request-return";
import { runOrderDeadlines } from "@/lib/orders/run-order-deadlines";
import { transitionShopOrder, type TransitionInput } from "@/lib/orders/transition-shop-order";
import { emailsTo } from "./deadline-fixtures";
import { createUser, lifeSnapshot, putPartIn, refusal, twoShops, type Shops } from "./order-fixtures";
import { deliveredPottery, photo, returnRequested, returnSnapshot } from "./return-fixtures";

let shops: Shops;
let filesDir: string;
const db = () => getDb();

beforeAll(async () => {
  process.env.APP_URL = "https://halle.test";
  filesDir = await mkdtemp(path.join(tmpdir(), "halle-returns-"));
  process.env.HALLE_PRIVATE_FILES_DIR = filesDir;
});

beforeEach(async () => {
  shops = await twoShops();
});

const storedFiles = async () => (await readdir(path.join(filesDir, "order-files")).catch(() => [])).length;
const statusOf = async (id: string) => (await db().shopOrder.findUniqueOrThrow({ where: { id } })).status;
const request = (shopOrderId: string, extra: Partial<TransitionInput> = {}): TransitionInput => ({
  shopOrderId,
  action: "REQUEST_RETURN",
  returnKind: "PROBLEM",
  reason: "Le bol est arrivé fêlé",
  ...extra,
});

describe("REQUEST_RETURN", () => {
  it("the shopper asks within the window: the request, its photos, the event and the shop's e-mail", async () => {
    const paid = await deliveredPottery(shops);
    const before = await storedFiles();
    const result = await requestReturn(paid.shopper, {
      shopOrderId: paid.part.id,
      returnKind: "PROBLEM",
      reason: "  Le bol est arrivé fêlé  ",
      photos: [await photo("un.png"), await photo("deux.png")],
    });
    expect(result).toEqual({ shopOrderId: paid.part.id, status: "RETURN_REQUESTED" });
    const saved = await db().returnRequest.findUniqueOrThrow({
      where: { shopOrderId: paid.part.id },
      include: { attachments: true },
    });
    expect(saved).toMatchObject({ kind: "PROBLEM", reason: "Le bol est arrivé fêlé", instructions: null });
    expect(saved.attachments.map((file) => [file.fileName, file.contentType, file.uploadedById])).toEqual(
      expect.arrayContaining([
        ["un.png", "image/png", paid.shopper.id],
        ["deux.png", "image/png", paid.shopper.id],
      ]),
    );
    expect(await storedFiles()).toBe(before + 2);
    const event = await db().shopOrderEvent.findFirstOrThrow({
      where: { shopOrderId: paid.part.id, action: "REQUEST_RETURN" },
    });
    expect(event).toMatchObject({ fromStatus: "DELIVERED", toStatus: "RETURN_REQUESTED", actorKind: "SHOPPER" });
    expect(await emailsTo(shops.potterVendor.email, "order.return-requested-shop")).toBe(1);
  });

  it("from CONFIRMED too, while the window is open", async () => {
    const paid = await deliveredPottery(shops, { status: "CONFIRMED" });
    await transitionShopOrder(paid.shopper, request(paid.part.id, { returnKind: "WITHDRAWAL" }));
    expect(await statusOf(paid.part.id)).toBe("RETURN_REQUESTED");
  });

  it("after the window, or a second time, it is a CONFLICT and nothing is written (photos deleted)", async () => {
    const closed = await deliveredPottery(shops, { windowOpen: false });
    const before = await lifeSnapshot(closed.order.id);
    const files = await storedFiles();
    const error = await refusal(requestReturn(closed.shopper, { ...request(closed.part.id), photos: [await photo()] }));
    expect(error).toMatchObject({ code: "CONFLICT", message: "orders.returns.errors.windowClosed" });
    expect(await lifeSnapshot(closed.order.id)).toEqual(before);
    expect(await returnSnapshot(closed.part.id)).toEqual({ request: null, attachments: 0, audit: 0 });
    expect(await storedFiles()).toBe(files);

    // sided with the shop after an escalation: CONFIRMED again, but its one request is spent
    const again = await deliveredPottery(shops, { status: "CONFIRMED" });
    await transitionShopOrder(again.shopper, request(again.part.id));
    await putPartIn(again.part.id, "CONFIRMED");
    const snapshot = await lifeSnapshot(again.order.id);
    expect(await refusal(transitionShopOrder(again.shopper, request(again.part.id)))).toMatchObject({
      code: "CONFLICT",
      message: "orders.returns.errors.alreadyRequested",
    });
    expect(await lifeSnapshot(again.order.id)).toEqual(snapshot);
  });

  it("only the shopper of the order, and only from DELIVERED or CONFIRMED", async () => {
    const paid = await deliveredPottery(shops);
    const actors: [string, Actor | null, string][] = [
      ["the shop's vendor", shops.potterVendor, "FORBIDDEN"],
      ["an operator", await createUser("OPERATOR"), "FORBIDDEN"],
      ["another shop's vendor", shops.bakerVendor, "NOT_FOUND"],
      ["another shopper", await createUser("SHOPPER"), "NOT_FOUND"],
      ["a signed-out visitor", null, "UNAUTHENTICATED"],
    ];
    const before = await lifeSnapshot(paid.order.id);
    const files = await storedFiles();
    for (const [who, actor, code] of actors) {
      const error = await refusal(requestReturn(actor, { ...request(paid.part.id), photos: [await photo()] }));
      expect(error.code, who).toBe(code);
    }
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    expect(await returnSnapshot(paid.part.id)).toEqual({ request: null, attachments: 0, audit: 0 });
    expect(await storedFiles()).toBe(files);

    await putPartIn(paid.part.id, "SHIPPED");
    expect((await refusal(transitionShopOrder(paid.shopper, request(paid.part.id)))).code).toBe("CONFLICT");
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const paid = await deliveredPottery(shops);
    const before = await lifeSnapshot(paid.order.id);
    const cases: [Partial<TransitionInput>, Record<string, string>][] = [
      [{ returnKind: undefined }, { returnKind: "orders.returns.errors.kindRequired" }],
      [{ returnKind: "BORED" }, { returnKind: "orders.returns.errors.kindRequired" }],
      [{ reason: "   " }, { reason: "orderLife.errors.reasonRequired" }],
      [{ reason: "x".repeat(1001) }, { reason: "orderLife.errors.reasonTooLong" }],
    ];
    for (const [extra, fieldErrors] of cases) {
      const error = await refusal(transitionShopOrder(paid.shopper, request(paid.part.id, extra)));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual(fieldErrors);
    }
    const text = new File(["not a picture"], "note.png", { type: "image/png" });
    const files = await storedFiles();
    const badPhoto = await refusal(requestReturn(paid.shopper, { ...request(paid.part.id), photos: [text] }));
    expect(badPhoto).toMatchObject({ code: "VALIDATION", fieldErrors: { attachments: expect.any(String) } });
    const six = await Promise.all(Array.from({ length: 6 }, () => photo()));
    const tooMany = await refusal(requestReturn(paid.shopper, { ...request(paid.part.id), photos: six }));
    expect(tooMany).toMatchObject({ code: "VALIDATION", fieldErrors: { attachments: expect.any(String) } });
    expect(await storedFiles()).toBe(files);
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    expect(await returnSnapshot(paid.part.id)).toEqual({ request: null, attachments: 0, audit: 0 });
  });

  it("two requests at once: exactly one is recorded", async () => {
    const paid = await deliveredPottery(shops);
    const outcomes = await Promise.allSettled([
      transitionShopOrder(paid.shopper, request(paid.part.id)),
      transitionShopOrder(paid.shopper, request(paid.part.id, { returnKind: "WITHDRAWAL" })),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db().returnRequest.count({ where: { shopOrderId: paid.part.id } })).toBe(1);
    expect(await db().shopOrderEvent.count({ where: { shopOrderId: paid.part.id, action: "REQUEST_RETURN" } })).toBe(1);
  });
});

describe("ACCEPT_RETURN and REFUSE_RETURN", () => {
  it("the shop accepts with instructions: kept on the request and e-mailed to the shopper", async () => {
    const paid = await returnRequested(shops);
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.part.id,
      action: "ACCEPT_RETURN",
      instructions: "Renvoyez-le en Colissimo à l'atelier",
    });
    expect(await statusOf(paid.part.id)).toBe("RETURN_ACCEPTED");
    expect((await returnSnapshot(paid.part.id)).request).toMatchObject({
      instructions: "Renvoyez-le en Colissimo à l'atelier",
    });
    expect(await emailsTo(paid.order.email, "order.return-accepted")).toBe(1);
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { to: paid.order.email, template: "order.return-accepted" },
    });
    expect(mail.text).toContain("Renvoyez-le en Colissimo à l'atelier");
  });

  it("an operator may accept too; the shop refuses with a reason, which restarts autoConfirmAt", async () => {
    const accepted = await returnRequested(shops);
    await transitionShopOrder(await createUser("OPERATOR"), {
      shopOrderId: accepted.part.id,
      action: "ACCEPT_RETURN",
      instructions: "Déposez-le à la boutique",
    });
    expect(await statusOf(accepted.part.id)).toBe("RETURN_ACCEPTED");

    const refused = await returnRequested(shops);
    const before = (await db().shopOrder.findUniqueOrThrow({ where: { id: refused.part.id } })).autoConfirmAt!;
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: refused.part.id,
      action: "REFUSE_RETURN",
      reason: "Le bol était intact à l'envoi",
    });
    const part = await db().shopOrder.findUniqueOrThrow({ where: { id: refused.part.id } });
    expect(part.status).toBe("RETURN_REFUSED");
    expect(part.autoConfirmAt!.getTime()).toBeGreaterThan(before.getTime());
    expect((await returnSnapshot(refused.part.id)).request).toMatchObject({
      refusalReason: "Le bol était intact à l'envoi",
    });
    expect(await emailsTo(refused.order.email, "order.return-refused")).toBe(1);
  });

  it("who may answer: the shop (both), an operator (accept only); others refused, nothing changed", async () => {
    const paid = await returnRequested(shops);
    const operator = await createUser("OPERATOR");
    const accept = { shopOrderId: paid.part.id, action: "ACCEPT_RETURN" as const, instructions: "Renvoyez-le" };
    const refuse = { shopOrderId: paid.part.id, action: "REFUSE_RETURN" as const, reason: "Non" };
    const cases: [string, Actor | null, TransitionInput, string][] = [
      ["the shopper accepts", paid.shopper, accept, "FORBIDDEN"],
      ["the shopper refuses", paid.shopper, refuse, "FORBIDDEN"],
      ["an operator refuses", operator, refuse, "FORBIDDEN"],
      ["another shop's vendor", shops.bakerVendor, accept, "NOT_FOUND"],
      ["another shopper", await createUser("SHOPPER"), refuse, "NOT_FOUND"],
      ["a signed-out visitor", null, accept, "UNAUTHENTICATED"],
    ];
    const before = await lifeSnapshot(paid.order.id);
    const request = await returnSnapshot(paid.part.id);
    for (const [who, actor, input, code] of cases)
      expect((await refusal(transitionShopOrder(actor, input))).code, who).toBe(code);
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    expect(await returnSnapshot(paid.part.id)).toEqual(request);
  });

  it("refuses bad input: instructions and a reason are required", async () => {
    const paid = await returnRequested(shops);
    const before = await lifeSnapshot(paid.order.id);
    const cases: [TransitionInput, Record<string, string>][] = [
      [
        { shopOrderId: paid.part.id, action: "ACCEPT_RETURN", instructions: "  " },
        { instructions: "orders.returns.errors.instructionsRequired" },
      ],
      [
        { shopOrderId: paid.part.id, action: "ACCEPT_RETURN", instructions: "x".repeat(2001) },
        { instructions: "orders.returns.errors.instructionsTooLong" },
      ],
      [{ shopOrderId: paid.part.id, action: "REFUSE_RETURN" }, { reason: "orderLife.errors.reasonRequired" }],
    ];
    for (const [input, fieldErrors] of cases) {
      const error = await refusal(transitionShopOrder(shops.potterVendor, input));
      expect(error).toMatchObject({ code: "VALIDATION", fieldErrors });
    }
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it("accept and refuse at once: exactly one wins, the other is told the order moved on", async () => {
    const paid = await returnRequested(shops);
    const outcomes = await Promise.allSettled([
      transitionShopOrder(shops.potterVendor, {
        shopOrderId: paid.part.id,
        action: "ACCEPT_RETURN",
        instructions: "Renvoyez-le",
      }),
      transitionShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, action: "REFUSE_RETURN", reason: "Non" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    expect(
      await db().shopOrderEvent.count({
        where: { shopOrderId: paid.part.id, action: { in: ["ACCEPT_RETURN", "REFUSE_RETURN"] } },
      }),
    ).toBe(1);
  });
});

describe("RECEIVE_RETURN", () => {
  it("the goods came back: everything not yet refunded goes back, commission reversed, stock back", async () => {
    const paid = await returnRequested(shops);
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.part.id,
      action: "ACCEPT_RETURN",
      instructions: "Renvoyez-le",
    });
    const stockBefore = (await db().product.findUniqueOrThrow({ where: { id: shops.bowl.id } })).stock;
    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, action: "RECEIVE_RETURN" });
    const part = await db().shopOrder.findUniqueOrThrow({ where: { id: paid.part.id } });
    expect(part).toMatchObject({ status: "RETURNED", refundedAmount: 3490 });
    expect(await db().refund.findMany({ where: { shopOrderId: paid.part.id }, select: { amount: true } })).toEqual([
      { amount: 3490 },
    ]);
    const ledger = await db().ledgerEntry.findMany({
      where: { shopOrderId: paid.part.id, type: { in: ["REFUND", "COMMISSION"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { type: true, amount: true },
    });
    expect(ledger).toEqual(
      expect.arrayContaining([
        { type: "COMMISSION", amount: -280 },
        { type: "REFUND", amount: -3490 },
        { type: "COMMISSION", amount: 280 },
      ]),
    );
    // never more commission given back than was charged
    expect(ledger.filter((entry) => entry.type === "COMMISSION").reduce((sum, entry) => sum + entry.amount, 0)).toBe(0);
    expect((await db().product.findUniqueOrThrow({ where: { id: shops.bowl.id } })).stock).toBe(stockBefore + 1);
    expect(await emailsTo(paid.order.email, "order.return-received")).toBe(1);
  });

  it("only the shop or an operator, and only once the return is accepted", async () => {
    const paid = await returnRequested(shops);
    const before = await lifeSnapshot(paid.order.id);
    const receive = { shopOrderId: paid.part.id, action: "RECEIVE_RETURN" as const };
    expect((await refusal(transitionShopOrder(shops.potterVendor, receive))).code).toBe("CONFLICT");
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.part.id,
      action: "ACCEPT_RETURN",
      instructions: "Renvoyez-le",
    });
    const accepted = await lifeSnapshot(paid.order.id);
    expect(accepted).not.toEqual(before);
    for (const [actor, code] of [
      [paid.shopper, "FORBIDDEN"],
      [shops.bakerVendor, "NOT_FOUND"],
      [null, "UNAUTHENTICATED"],
    ] as const)
      expect((await refusal(transitionShopOrder(actor, receive))).code).toBe(code);
    expect(await lifeSnapshot(paid.order.id)).toEqual(accepted);
    await transitionShopOrder(await createUser("OPERATOR"), receive);
    expect(await statusOf(paid.part.id)).toBe("RETURNED");
  });
});

describe("after a refusal", () => {
  it("the deadline job confirms the part at autoConfirmAt, not before; the shopper may confirm first", async () => {
    const paid = await returnRequested(shops, { refused: true });
    const { autoConfirmAt } = await db().shopOrder.findUniqueOrThrow({ where: { id: paid.part.id } });
    await runOrderDeadlines(new Date(autoConfirmAt!.getTime() - 60_000));
    expect(await statusOf(paid.part.id)).toBe("RETURN_REFUSED");
    await runOrderDeadlines(autoConfirmAt!);
    expect(await statusOf(paid.part.id)).toBe("CONFIRMED");
    expect(
      await db().shopOrderEvent.findFirst({ where: { shopOrderId: paid.part.id, action: "AUTO_CONFIRM" } }),
    ).toMatchObject({ fromStatus: "RETURN_REFUSED", toStatus: "CONFIRMED", actorKind: "JOB" });

    const other = await returnRequested(shops, { refused: true });
    await transitionShopOrder(other.shopper, { shopOrderId: other.part.id, action: "CONFIRM" });
    expect(await statusOf(other.part.id)).toBe("CONFIRMED");
  });
});

describe("the pages' read models", () => {
  it("offer the return only within the window, and show the request with its photos to both sides", async () => {
    const open = await deliveredPottery(shops, { business: true });
    const mine = (await getMyOrder(open.shopper, open.order.id)).parts.find((part) => part.id === open.part.id)!;
    expect(mine.actions).toEqual(["CONFIRM", "REQUEST_RETURN"]);
    expect(mine.buyerIsBusiness).toBe(true);
    const closed = await deliveredPottery(shops, { windowOpen: false });
    const late = (await getMyOrder(closed.shopper, closed.order.id)).parts.find((part) => part.id === closed.part.id)!;
    expect(late.actions).toEqual(["CONFIRM"]);

    await requestReturn(open.shopper, { ...request(open.part.id), photos: [await photo("bol.png")] });
    const vendorView = await getShopOrder(shops.potterVendor, open.part.id);
    expect(vendorView.actions).toEqual(["ACCEPT_RETURN", "REFUSE_RETURN"]);
    expect(vendorView.businessBuyer).toEqual({ companyName: "Atelier Dupont", vatNumber: "FR12345678901" });
    expect(vendorView.returnRequest).toMatchObject({ kind: "PROBLEM", reason: "Le bol est arrivé fêlé" });
    expect(vendorView.returnRequest!.photos).toEqual([
      { id: expect.any(String), fileName: "bol.png", url: expect.stringMatching(/^\/orders\/attachments\//) },
    ]);
    const after = (await getMyOrder(open.shopper, open.order.id)).parts.find((part) => part.id === open.part.id)!;
    expect(after.actions).toEqual([]);
    expect(after.returnRequest?.photos).toHaveLength(1);

    // a business buyer's refused withdrawal: no "escalate" button
    const withdrawal = await returnRequested(shops, { refused: true, business: true, kind: "WITHDRAWAL" });
    const refusedView = (await getMyOrder(withdrawal.shopper, withdrawal.order.id)).parts.find(
      (part) => part.id === withdrawal.part.id,
    )!;
    expect(refusedView.actions).toEqual(["CONFIRM"]);
  });
});
