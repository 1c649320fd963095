import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { approveShop } from "@/lib/sellers/approve-shop";
import { getShopForReview } from "@/lib/sellers/get-shop-for-review";
import { listSellers } from "@/lib/sellers/list-sellers";
import { reinstateShop } from "@/lib/sellers/reinstate-shop";
import { rejectShop } from "@/lib/sellers/reject-shop";
import { requestShopChanges } from "@/lib/sellers/request-shop-changes";
import { suspendShop } from "@/lib/sellers/suspend-shop";
import { createShop, createUser, refusal, snapshot } from "./fixtures";

const REASON = "Raison valable";

// Each action, from the state where an operator could take it.
const ACTIONS: { name: string; from: ShopStatus; run: (actor: Actor | null, shopId: string) => Promise<unknown> }[] = [
  { name: "approve", from: "PENDING", run: (actor, shopId) => approveShop(actor, { shopId }) },
  { name: "reject", from: "PENDING", run: (actor, shopId) => rejectShop(actor, { shopId, reason: REASON }) },
  {
    name: "requestChanges",
    from: "PENDING",
    run: (actor, shopId) => requestShopChanges(actor, { shopId, message: REASON }),
  },
  { name: "suspend", from: "APPROVED", run: (actor, shopId) => suspendShop(actor, { shopId, reason: REASON }) },
  { name: "reinstate", from: "SUSPENDED", run: (actor, shopId) => reinstateShop(actor, { shopId }) },
];

let operator: Actor;
let owner: Actor;
let otherVendor: Actor;
let shopper: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  owner = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
});

describe.each(ACTIONS)("$name", ({ from, run }) => {
  const refused: [string, () => Actor | null, string][] = [
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["the shop's own vendor", () => owner, "FORBIDDEN"],
    ["another shop's vendor", () => otherVendor, "FORBIDDEN"],
  ];

  it.each(refused)("is refused to %s, changing nothing", async (_who, actorOf, code) => {
    const shop = await createShop(owner, { status: from });
    const before = await snapshot(shop.id);
    expect((await refusal(run(actorOf(), shop.id))).code).toBe(code);
    expect(await snapshot(shop.id)).toEqual(before);
  });

  it("is allowed to an operator", async () => {
    const shop = await createShop(owner, { status: from });
    await run(operator, shop.id);
    expect((await snapshot(shop.id)).shop.status).not.toBe(from);
  });
});

describe("reasons and messages", () => {
  const WITH_TEXT = [
    {
      name: "reject",
      field: "reason",
      from: "PENDING" as const,
      run: (shopId: string, text: unknown) => rejectShop(operator, { shopId, reason: text as string }),
    },
    {
      name: "suspend",
      field: "reason",
      from: "APPROVED" as const,
      run: (shopId: string, text: unknown) => suspendShop(operator, { shopId, reason: text as string }),
    },
    {
      name: "requestChanges",
      field: "message",
      from: "PENDING" as const,
      run: (shopId: string, text: unknown) => requestShopChanges(operator, { shopId, message: text as string }),
    },
  ];
  const BAD: [string, unknown, string][] = [
    ["missing", undefined, "sellers.errors.reasonRequired"],
    ["blank", "   ", "sellers.errors.reasonRequired"],
    ["too short", "ok", "sellers.errors.reasonTooShort"],
    ["too long", "x".repeat(1001), "sellers.errors.reasonTooLong"],
  ];

  for (const action of WITH_TEXT) {
    it.each(BAD)(`${action.name}: a %s text is refused with VALIDATION, nothing written`, async (_case, text, key) => {
      const shop = await createShop(owner, { status: action.from });
      const before = await snapshot(shop.id);
      const error = await refusal(action.run(shop.id, text));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors[action.field === "reason" ? "reason" : "message"]).toBe(key);
      expect(await snapshot(shop.id)).toEqual(before);
    });

    it(`${action.name}: accepts exactly 3 and exactly 1000 characters`, async () => {
      for (const text of ["abc", "y".repeat(1000)]) {
        const shop = await createShop(owner, { status: action.from });
        await action.run(shop.id, text);
        const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: shop.id } });
        expect(audit.reason).toBe(text);
      }
    });
  }
});

describe("reads for the operator", () => {
  it("refuses the queue and the review detail to anyone but an operator", async () => {
    const shop = await createShop(owner, { status: "PENDING" });
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [owner, "FORBIDDEN"],
      [otherVendor, "FORBIDDEN"],
    ] as const) {
      expect((await refusal(listSellers(actor))).code).toBe(code);
      expect((await refusal(getShopForReview(actor, shop.id))).code).toBe(code);
    }
  });
});
