import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { computeShopQuality } from "@/lib/quality/compute-shop-quality";
import { dismissQualityFlag } from "@/lib/quality/dismiss-quality-flag";
import { getShopQuality } from "@/lib/quality/get-shop-quality";
import { listShopQuality } from "@/lib/quality/list-shop-quality";
import { recomputeShopQuality } from "@/lib/quality/recompute-shop-quality";
import { parseQualityListQuery } from "@/lib/quality/schemas";
import { suspendFlaggedShop } from "@/lib/quality/suspend-flagged-shop";
import { getShopForReview } from "@/lib/sellers/get-shop-for-review";
import { refusal } from "../sellers/fixtures";
import { approvedShop, createUser, DAY_MS, lateParts, NOW } from "./quality-fixtures";

// docs/trust.md, warnings before exclusion: the operator's decisions on a flag (suspend with the
// evidence, dismiss with a note), who may take them, and who may read which figures.

const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

/** A shop flagged by two computations a week apart (the late shipments still crossed after the grace). */
async function flaggedShop() {
  const { owner, shop } = await approvedShop();
  await lateParts(shop.id, 5, at(-1));
  await computeShopQuality(at(0));
  await computeShopQuality(at(7));
  const flag = await getDb().qualityAlert.findFirstOrThrow({ where: { shopId: shop.id, level: "FLAG" } });
  return { owner, shop, flag };
}

async function state(shopId: string, alertId: string) {
  const db = getDb();
  return {
    shop: await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { status: true, statusReason: true } }),
    alert: await db.qualityAlert.findUniqueOrThrow({ where: { id: alertId } }),
    audits: await db.auditLog.count({ where: { entityId: shopId } }),
    emails: await db.emailMessage.count(),
  };
}

let operator: Actor;
beforeEach(async () => {
  operator = await createUser("OPERATOR");
});

describe("suspendFlaggedShop", () => {
  it("suspends the shop with the flag's figures as evidence and resolves the flag", async () => {
    const { owner, shop, flag } = await flaggedShop();
    await suspendFlaggedShop(operator, { alertId: flag.id, reason: "Retards répétés" });
    const after = await state(shop.id, flag.id);
    expect(after.shop).toEqual({ status: "SUSPENDED", statusReason: "Retards répétés" });
    expect(after.alert).toMatchObject({ resolution: "SUSPENDED", resolvedById: operator.id, note: "Retards répétés" });
    const evidence = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: shop.id, action: "quality.flag.suspended" },
    });
    expect(evidence.data).toMatchObject({
      alertId: flag.id,
      windowDays: 30,
      figures: { crossed: [{ key: "lateShipmentRate", value: 10000, threshold: 1000 }] },
    });
    expect(await getDb().auditLog.count({ where: { entityId: shop.id, action: "shop.suspended" } })).toBe(1);
    expect(await getDb().emailMessage.count({ where: { to: owner.email, template: "seller.suspended" } })).toBe(1);
    // the shop's history on the operator's seller page shows that evidence with the suspension
    const { history } = await getShopForReview(operator, shop.id);
    expect(history.find((entry) => entry.action === "quality.flag.suspended")?.evidence).toEqual([
      { key: "lateShipmentRate", value: 10000, threshold: 1000 },
    ]);
    expect(history.find((entry) => entry.action === "shop.suspended")?.evidence).toEqual([]);
    // dealt with: a second decision is refused
    expect((await refusal(suspendFlaggedShop(operator, { alertId: flag.id, reason: "Encore" }))).code).toBe("CONFLICT");
  });

  it("refuses bad input and anyone but an operator, changing nothing", async () => {
    const { owner, shop, flag } = await flaggedShop();
    const shopper = await createUser("SHOPPER");
    const otherVendor = await createUser("VENDOR");
    const before = await state(shop.id, flag.id);
    const cases: [Actor | null, unknown, string][] = [
      [operator, { alertId: flag.id, reason: "" }, "VALIDATION"],
      [operator, { alertId: flag.id }, "VALIDATION"],
      [operator, { alertId: "not an id!", reason: "Retards" }, "VALIDATION"],
      [operator, { alertId: "cl0000000000000000000000", reason: "Retards" }, "NOT_FOUND"],
      [owner, { alertId: flag.id, reason: "Retards" }, "FORBIDDEN"],
      [otherVendor, { alertId: flag.id, reason: "Retards" }, "FORBIDDEN"],
      [shopper, { alertId: flag.id, reason: "Retards" }, "FORBIDDEN"],
      [null, { alertId: flag.id, reason: "Retards" }, "UNAUTHENTICATED"],
    ];
    for (const [actor, input, code] of cases) {
      const error = await refusal(suspendFlaggedShop(actor, input as never));
      expect(error.code).toBe(code);
    }
    expect((await refusal(suspendFlaggedShop(operator, { alertId: flag.id, reason: "" }))).fieldErrors).toEqual({
      reason: "sellers.errors.reasonRequired",
    });
    expect(await state(shop.id, flag.id)).toEqual(before);
  });
});

describe("dismissQualityFlag", () => {
  it("closes the flag with the note, audited, the shop untouched", async () => {
    const { shop, flag } = await flaggedShop();
    await dismissQualityFlag(operator, { alertId: flag.id, note: "Transporteur en grève" });
    const after = await state(shop.id, flag.id);
    expect(after.shop.status).toBe("APPROVED");
    expect(after.alert).toMatchObject({ resolution: "DISMISSED", note: "Transporteur en grève" });
    expect(await getDb().auditLog.count({ where: { entityId: shop.id, action: "quality.flag.dismissed" } })).toBe(1);
    expect((await refusal(dismissQualityFlag(operator, { alertId: flag.id, note: "Encore" }))).code).toBe("CONFLICT");
  });

  it("refuses a missing note and anyone but an operator, changing nothing", async () => {
    const { owner, shop, flag } = await flaggedShop();
    const shopper = await createUser("SHOPPER");
    const before = await state(shop.id, flag.id);
    const noNote = await refusal(dismissQualityFlag(operator, { alertId: flag.id, note: " " }));
    expect(noNote).toMatchObject({ code: "VALIDATION", fieldErrors: { note: "quality.admin.errors.noteRequired" } });
    expect((await refusal(dismissQualityFlag(owner, { alertId: flag.id, note: "Pas moi" }))).code).toBe("FORBIDDEN");
    expect((await refusal(dismissQualityFlag(shopper, { alertId: flag.id, note: "Pas moi" }))).code).toBe("FORBIDDEN");
    expect((await refusal(dismissQualityFlag(null, { alertId: flag.id, note: "Pas moi" }))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await state(shop.id, flag.id)).toEqual(before);
  });
});

describe("reading the figures", () => {
  it("shows a vendor their own shop only", async () => {
    const { owner, shop } = await approvedShop();
    const { owner: other, shop: otherShop } = await approvedShop();
    await lateParts(shop.id, 5, at(299));
    await computeShopQuality(at(300));
    const view = await getShopQuality(owner, shop.id);
    expect(view.shop.id).toBe(shop.id);
    const judged = view.windows.find((window) => window.judged);
    expect(judged?.judgements?.find((j) => j.key === "lateShipmentRate")).toMatchObject({
      value: 10000,
      status: "crossed",
    });
    expect(view.warnings).toHaveLength(1);
    expect((await refusal(getShopQuality(other, shop.id))).code).toBe("NOT_FOUND");
    expect((await refusal(getShopQuality(owner, otherShop.id))).code).toBe("NOT_FOUND");
    expect((await refusal(getShopQuality(operator, shop.id))).code).toBe("FORBIDDEN");
    expect((await refusal(getShopQuality(null, shop.id))).code).toBe("UNAUTHENTICATED");
  });

  it("lists every shop to operators only, sorted in the database, flagged shops first", async () => {
    const { flag } = await flaggedShop();
    const list = await listShopQuality(
      operator,
      parseQualityListQuery({ window: "30", sort: "lateShipmentRateBps", dir: "desc" }),
    );
    expect(list.flags.map((f) => f.id)).toContain(flag.id);
    expect(list.rows[0].lateShipmentRateBps).toBe(10000);
    const rates = list.rows.map((row) => row.lateShipmentRateBps);
    const known = rates.filter((rate): rate is number => rate !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    // empty figures last
    expect(rates.slice(known.length).every((rate) => rate === null)).toBe(true);
    const vendor = await createUser("VENDOR");
    expect((await refusal(listShopQuality(vendor, parseQualityListQuery({})))).code).toBe("FORBIDDEN");
    expect((await refusal(listShopQuality(null, parseQualityListQuery({})))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(recomputeShopQuality(vendor))).code).toBe("FORBIDDEN");
  });

  it("reads junk in the URL as the defaults", () => {
    expect(parseQualityListQuery({ window: "7", sort: "'; drop", dir: "up", page: "-3" })).toEqual({
      windowDays: 30,
      sort: "shop",
      direction: "asc",
      page: 1,
    });
    expect(parseQualityListQuery({ window: ["90"], sort: "ratingAverage", dir: "desc", page: "2" })).toEqual({
      windowDays: 90,
      sort: "ratingAverage",
      direction: "desc",
      page: 2,
    });
  });
});
