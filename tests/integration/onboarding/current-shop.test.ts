import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getCurrentShop } from "@/lib/shops/get-current-shop";
import { selectCurrentShop } from "@/lib/shops/select-current-shop";
import { createShop, createUser, refusal } from "./last-steps-fixtures";

let vendor: Actor;
let otherVendor: Actor;
let newcomer: Actor;
let shopper: Actor;
let operator: Actor;
let first: { id: string };
let second: { id: string };
let othersShop: { id: string };

beforeAll(async () => {
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  newcomer = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
  first = await createShop(vendor.id, { status: "APPROVED", createdAt: new Date("2026-01-01") });
  second = await createShop(vendor.id, {
    status: "DRAFT",
    latitude: null,
    payoutIban: null,
    createdAt: new Date("2026-02-01"),
  });
  othersShop = await createShop(otherVendor.id, { status: "APPROVED" });
});

describe("getCurrentShop", () => {
  it("is the shop named by the cookie when it is the vendor's own", async () => {
    const current = await getCurrentShop(vendor, second.id);
    expect(current).toMatchObject({ id: second.id, status: "DRAFT", firstIncompleteStep: "location" });
  });

  it("is the vendor's first shop without a cookie, or when the cookie names someone else's shop or nothing", async () => {
    for (const cookie of [undefined, null, "", othersShop.id, "no-such-shop", "x".repeat(500)]) {
      expect((await getCurrentShop(vendor, cookie))?.id).toBe(first.id);
    }
  });

  it("tells which step comes next: none for a complete shop", async () => {
    const plan = await getDb().plan.create({ data: { code: "current-shop-test", name: "Standard" } });
    await getDb().shop.update({ where: { id: first.id }, data: { planId: plan.id } });
    expect((await getCurrentShop(vendor, first.id))?.firstIncompleteStep).toBeNull();
  });

  it("is null for a vendor without a shop", async () => {
    expect(await getCurrentShop(newcomer, othersShop.id)).toBeNull();
  });

  it.each([
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["an operator", () => operator, "FORBIDDEN"],
  ] as [string, () => Actor | null, string][])("refuses %s", async (_who, actorOf, code) => {
    expect((await refusal(getCurrentShop(actorOf(), first.id))).code).toBe(code);
  });
});

describe("selectCurrentShop", () => {
  it("accepts one of the vendor's own shops", async () => {
    expect(await selectCurrentShop(vendor, second.id)).toEqual({ id: second.id });
  });

  it.each([
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["an operator", () => operator, "FORBIDDEN"],
    ["another vendor", () => otherVendor, "NOT_FOUND"],
  ] as [string, () => Actor | null, string][])("refuses %s", async (_who, actorOf, code) => {
    expect((await refusal(selectCurrentShop(actorOf(), first.id))).code).toBe(code);
  });

  it("refuses an unknown id as NOT_FOUND", async () => {
    expect((await refusal(selectCurrentShop(vendor, "no-such-shop"))).code).toBe("NOT_FOUND");
  });
});
