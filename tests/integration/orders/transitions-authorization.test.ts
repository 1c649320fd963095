// Who may move a part of an order along its life cycle (docs/domain.md, ShopOrder states;
// docs/architecture.md, authorization): for every action, the shop's vendor, another shop's
// vendor, the shopper who ordered, another shopper, an operator, and someone signed out. Refused:
// nothing changed (the part, its timeline, refunds, ledger, stock, e-mails).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { transitionShopOrder, type TransitionInput } from "@/lib/orders/transition-shop-order";
import type { ShopOrderAction } from "@/lib/orders/rules/transitions";
import { createUser, lifeSnapshot, paidOrder, putPartIn, refusal, twoShops, type Shops } from "./order-fixtures";

type Who = "shopVendor" | "otherVendor" | "shopper" | "otherShopper" | "operator" | "signedOut";
const EVERYONE: Who[] = ["shopVendor", "otherVendor", "shopper", "otherShopper", "operator", "signedOut"];

type Row = {
  name: string;
  action: ShopOrderAction;
  /** which part: the bakery's (click & collect) or the pottery's (posted) */
  part: "bakery" | "pottery";
  services?: boolean;
  from: ShopOrderStatus;
  input?: Partial<TransitionInput>;
  to: ShopOrderStatus;
  allowed: Who[];
};

const CODE = "123456";

const ROWS: Row[] = [
  {
    name: "ACCEPT",
    action: "ACCEPT",
    part: "pottery",
    from: "AWAITING_ACCEPTANCE",
    to: "ACCEPTED",
    allowed: ["shopVendor"],
  },
  {
    name: "REFUSE",
    action: "REFUSE",
    part: "pottery",
    from: "AWAITING_ACCEPTANCE",
    input: { reason: "Plus en stock" },
    to: "REFUSED",
    allowed: ["shopVendor"],
  },
  { name: "EXPIRE", action: "EXPIRE", part: "pottery", from: "AWAITING_ACCEPTANCE", to: "EXPIRED", allowed: [] },
  {
    name: "CANCEL before acceptance",
    action: "CANCEL",
    part: "pottery",
    from: "AWAITING_ACCEPTANCE",
    input: { reason: "Erreur de taille" },
    to: "CANCELLED",
    allowed: ["shopper", "operator"],
  },
  {
    name: "CANCEL after acceptance",
    action: "CANCEL",
    part: "pottery",
    from: "ACCEPTED",
    input: { reason: "Pièce cassée" },
    to: "CANCELLED",
    allowed: ["shopVendor", "operator"],
  },
  {
    name: "SHIP",
    action: "SHIP",
    part: "pottery",
    from: "ACCEPTED",
    input: { carrier: "colissimo", trackingCode: "6A12345678901" },
    to: "SHIPPED",
    allowed: ["shopVendor"],
  },
  {
    name: "READY_FOR_PICKUP",
    action: "READY_FOR_PICKUP",
    part: "bakery",
    from: "ACCEPTED",
    to: "READY_FOR_PICKUP",
    allowed: ["shopVendor"],
  },
  {
    name: "HAND_OVER",
    action: "HAND_OVER",
    part: "bakery",
    from: "READY_FOR_PICKUP",
    input: { pickupCode: CODE },
    to: "DELIVERED",
    allowed: ["shopVendor"],
  },
  {
    name: "MARK_DELIVERED",
    action: "MARK_DELIVERED",
    part: "pottery",
    from: "SHIPPED",
    to: "DELIVERED",
    allowed: ["shopVendor", "operator"],
  },
  {
    name: "MAKE_AVAILABLE",
    action: "MAKE_AVAILABLE",
    part: "bakery",
    services: true,
    from: "ACCEPTED",
    input: { availabilityNote: "Rendez-vous confirmé mardi 10 h" },
    to: "DELIVERED",
    allowed: ["shopVendor"],
  },
  { name: "CONFIRM", action: "CONFIRM", part: "pottery", from: "SHIPPED", to: "CONFIRMED", allowed: ["shopper"] },
  { name: "AUTO_CONFIRM", action: "AUTO_CONFIRM", part: "pottery", from: "DELIVERED", to: "CONFIRMED", allowed: [] },
];

let operator: Actor;
let otherShopper: Actor;
let otherVendor: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR", "Opé Rateur");
  otherShopper = await createUser("SHOPPER", "Zoé Autre");
  otherVendor = (await twoShops()).bakerVendor;
});

async function setUp(row: Row) {
  const shops: Shops = await twoShops();
  const paid = await paidOrder(shops, { services: row.services });
  const part = row.part === "bakery" ? paid.bakeryPart : paid.potteryPart;
  if (row.from !== "AWAITING_ACCEPTANCE")
    await putPartIn(part.id, row.from, row.from === "READY_FOR_PICKUP" ? { pickupCode: CODE } : {});
  const actors: Record<Who, Actor | null> = {
    shopVendor: row.part === "bakery" ? shops.bakerVendor : shops.potterVendor,
    otherVendor,
    shopper: paid.shopper,
    otherShopper,
    operator,
    signedOut: null,
  };
  return { paid, part, actors };
}

function expectedRefusal(who: Who): string {
  if (who === "signedOut") return "UNAUTHENTICATED";
  if (who === "otherVendor" || who === "otherShopper") return "NOT_FOUND";
  return "FORBIDDEN";
}

describe("transitionShopOrder: who may act", () => {
  const cases = ROWS.flatMap((row) => EVERYONE.map((who) => ({ row, who })));
  it.each(
    cases.map(({ row, who }) => [row.name, who, row.allowed.includes(who) ? "allowed" : "refused", row, who] as const),
  )("%s by %s: %s", async (_name, _who, _verdict, row, who) => {
    const { paid, part, actors } = await setUp(row);
    const before = await lifeSnapshot(paid.order.id);
    const attempt = transitionShopOrder(actors[who], { shopOrderId: part.id, action: row.action, ...row.input });
    if (row.allowed.includes(who)) {
      await expect(attempt).resolves.toEqual({ shopOrderId: part.id, status: row.to });
      const after = await lifeSnapshot(paid.order.id);
      expect(after.shopOrders.find((p) => p.id === part.id)?.status).toBe(row.to);
      expect(after.events.length).toBe(before.events.length + 1);
    } else {
      expect((await refusal(attempt)).code).toBe(expectedRefusal(who));
      expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    }
  });

  it("refuses ids that cannot be ids and unknown ids as NOT_FOUND, unknown actions as VALIDATION", async () => {
    const { paid, actors } = await setUp(ROWS[0]);
    const before = await lifeSnapshot(paid.order.id);
    expect((await refusal(transitionShopOrder(operator, { shopOrderId: "../x", action: "ACCEPT" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await refusal(transitionShopOrder(operator, { shopOrderId: "cknotapartatall000000000", action: "ACCEPT" })))
        .code,
    ).toBe("NOT_FOUND");
    const unknown = await refusal(
      transitionShopOrder(actors.shopVendor, {
        shopOrderId: paid.potteryPart.id,
        action: "DESTROY" as ShopOrderAction,
      }),
    );
    expect(unknown).toMatchObject({ code: "VALIDATION", fieldErrors: { action: "orderLife.errors.actionInvalid" } });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it("answers an action from a state it does not leave as CONFLICT (the order moved on), nothing changed", async () => {
    const { paid, part, actors } = await setUp(ROWS[0]);
    await putPartIn(part.id, "SHIPPED");
    const before = await lifeSnapshot(paid.order.id);
    const refused = await refusal(transitionShopOrder(actors.shopVendor, { shopOrderId: part.id, action: "ACCEPT" }));
    expect(refused.code).toBe("CONFLICT");
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it("answers an action not made for this delivery or these goods as CONFLICT, nothing changed", async () => {
    const shops = await twoShops();
    const paid = await paidOrder(shops, { services: true });
    await putPartIn(paid.bakeryPart.id, "ACCEPTED");
    await putPartIn(paid.potteryPart.id, "ACCEPTED");
    const before = await lifeSnapshot(paid.order.id);
    // a service is made available, not prepared for pickup; a posted part is shipped, not collected
    for (const [vendor, partId, action] of [
      [shops.bakerVendor, paid.bakeryPart.id, "READY_FOR_PICKUP"],
      [shops.bakerVendor, paid.bakeryPart.id, "SHIP"],
      [shops.potterVendor, paid.potteryPart.id, "READY_FOR_PICKUP"],
      [shops.potterVendor, paid.potteryPart.id, "MAKE_AVAILABLE"],
    ] as const) {
      const refused = await refusal(transitionShopOrder(vendor, { shopOrderId: partId, action }));
      expect(refused.code).toBe("CONFLICT");
    }
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });

  it("lets a guest's order be cancelled by the operator only (no shopper account to act)", async () => {
    const shops = await twoShops();
    const paid = await paidOrder(shops, { shopper: null });
    const before = await lifeSnapshot(paid.order.id);
    expect(
      (await refusal(transitionShopOrder(otherShopper, { shopOrderId: paid.potteryPart.id, action: "CANCEL" }))).code,
    ).toBe("NOT_FOUND");
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    await expect(
      transitionShopOrder(operator, { shopOrderId: paid.potteryPart.id, action: "CANCEL" }),
    ).resolves.toMatchObject({ status: "CANCELLED" });
  });
});
