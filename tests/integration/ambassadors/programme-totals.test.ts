import { beforeAll, describe, expect, it } from "vitest";
import { getProgrammeTotals, TOP_AMBASSADORS_PAGE_SIZE } from "@/lib/ambassadors/get-programme-totals";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import {
  ambassador,
  ambassadorPayout,
  broughtOrder,
  clicks,
  createUser,
  entry,
  programmeSnapshot,
  refusal,
  twoShops,
} from "./ambassador-fixtures";

let operator: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  const shops = await twoShops();
  const alice = await ambassador("ALICE234", "SHOPPER", "Alice");
  const bruno = await ambassador("BRUNO567", "VENDOR", "Bruno");
  await ambassador("CLARA890", "SHOPPER", "Clara");
  await clicks(alice.ambassador.id, [new Date(), new Date(), new Date()]);
  await clicks(bruno.ambassador.id, [new Date()]);
  const a1 = await broughtOrder(shops, alice.ambassador.id, { bakery: "CONFIRMED" });
  await entry(alice.ambassador.id, a1.bakeryPart.id, "AMBASSADOR_SHARE", 63);
  await entry(alice.ambassador.id, a1.potteryPart.id, "AMBASSADOR_SHARE", 196);
  await entry(alice.ambassador.id, a1.potteryPart.id, "AMBASSADOR_REVERSAL", -196);
  const b1 = await broughtOrder(shops, bruno.ambassador.id);
  await entry(bruno.ambassador.id, b1.potteryPart.id, "AMBASSADOR_SHARE", 500);
  const b2 = await broughtOrder(shops, bruno.ambassador.id);
  await entry(bruno.ambassador.id, b2.bakeryPart.id, "AMBASSADOR_SHARE", 63);
  // Neither counts: unpaid, and paid without an ambassador.
  await broughtOrder(shops, alice.ambassador.id, { paid: false });
  await broughtOrder(shops, null);
});

describe("getProgrammeTotals (docs/business-models.md, ambassadors)", () => {
  it("adds up the whole programme for the operator", async () => {
    expect(await getProgrammeTotals(operator)).toMatchObject({
      ambassadors: 3,
      clicks: 4,
      attributedOrders: 3,
      earned: 63 + 196 + 500 + 63,
      reversed: 196,
      net: 63 + 500 + 63,
      currency: "EUR",
    });
  });

  it("ranks the ambassadors by net earnings, then clicks, with their own figures", async () => {
    const { top } = await getProgrammeTotals(operator);
    expect(top).toMatchObject({ page: 1, pages: 1 });
    expect(top.ambassadors.map((row) => [row.code, row.name, row.clicks, row.orders, row.earned, row.net])).toEqual([
      ["BRUNO567", "Bruno", 1, 2, 563, 563],
      ["ALICE234", "Alice", 3, 1, 259, 63],
      ["CLARA890", "Clara", 0, 0, 0, 0],
    ]);
  });

  it("pages the ranking, 20 per page", async () => {
    for (let i = 0; i < TOP_AMBASSADORS_PAGE_SIZE; i += 1) await ambassador(`PAGE${String(i).padStart(4, "0")}`);
    const second = await getProgrammeTotals(operator, { page: 2 });
    expect(second.top).toMatchObject({ page: 2, pages: 2 });
    expect(second.top.ambassadors).toHaveLength(3);
    expect((await getProgrammeTotals(operator, { page: 50 })).top.page).toBe(2);
    await getDb().ambassador.deleteMany({ where: { code: { startsWith: "PAGE" } } });
  });

  it("is the operator's alone: shoppers, vendors (ambassadors or not) and signed-out visitors are refused", async () => {
    const before = await programmeSnapshot();
    const alice = await getDb().user.findFirstOrThrow({
      where: { ambassador: { code: "ALICE234" } },
      select: { id: true, role: true, name: true, email: true },
    });
    for (const actor of [alice, await createUser("SHOPPER"), await createUser("VENDOR")])
      expect(await refusal(getProgrammeTotals(actor))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(getProgrammeTotals(null))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await programmeSnapshot()).toEqual(before);
  });

  it("counts earnings only: paying an ambassador out, or a payout failing, changes no figure nor the ranking", async () => {
    const before = await getProgrammeTotals(operator);
    const bruno = await getDb().ambassador.findUniqueOrThrow({ where: { code: "BRUNO567" }, select: { id: true } });
    const entries = await getDb().ambassadorEntry.findMany({ where: { ambassadorId: bruno.id }, select: { id: true } });
    await ambassadorPayout(bruno.id, [entries[0].id], { periodKey: "2026-11-25", status: "PAID", at: new Date() });
    await ambassadorPayout(bruno.id, [entries[1].id], { periodKey: "2026-12-10", status: "FAILED", at: new Date() });
    const after = await getProgrammeTotals(operator);
    expect(after).toEqual(before);
    expect(after.top.ambassadors[0]).toMatchObject({ code: "BRUNO567", earned: 563, net: 563 });
  });
});
