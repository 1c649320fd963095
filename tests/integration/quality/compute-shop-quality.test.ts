import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { computeShopQuality } from "@/lib/quality/compute-shop-quality";
import {
  alertsOf,
  approvedShop,
  DAY_MS,
  daysAgo,
  emailsTo,
  hoursAgo,
  HOUR_MS,
  lateParts,
  NOW,
  part,
  qualityRow,
  review,
} from "./quality-fixtures";

// docs/trust.md, quality indicators: the job on hand-made parts, events, messages and reviews,
// with every figure computed by hand for both windows.

const after = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

async function shopWithHistory() {
  const { owner, shop } = await approvedShop();
  // 30-day window: parts 1–6; 90-day window: also part 7; part 8 is older than 90 days.
  const p1 = await part(shop.id, {
    paidAt: daysAgo(10),
    status: "DELIVERED",
    events: [{ action: "ACCEPT", at: after(daysAgo(10), 2 * HOUR_MS) }],
    deliveredAt: daysAgo(8),
    returnRequest: true,
    messages: [
      { kind: "SHOPPER", at: daysAgo(9) }, // answered 3 h later: 180 min
      { kind: "VENDOR", at: after(daysAgo(9), 3 * HOUR_MS) },
      { kind: "SHOPPER", at: daysAgo(8) }, // answered 5 h later: 300 min
      { kind: "SHOPPER", at: after(daysAgo(8), HOUR_MS) }, // second of the run: not counted
      { kind: "OPERATOR", at: after(daysAgo(8), 2 * HOUR_MS) }, // not the vendor's answer
      { kind: "VENDOR", at: after(daysAgo(8), 5 * HOUR_MS) },
      { kind: "VENDOR", at: daysAgo(7) },
    ],
  });
  const p2 = await part(shop.id, {
    paidAt: daysAgo(5),
    status: "ACCEPTED",
    events: [{ action: "ACCEPT", at: after(daysAgo(5), 4 * HOUR_MS) }],
    lateFlaggedAt: daysAgo(2),
    messages: [{ kind: "SHOPPER", at: hoursAgo(2) }], // unanswered: now − sent = 120 min
  });
  const p3 = await part(shop.id, {
    paidAt: daysAgo(3),
    status: "REFUSED",
    events: [{ action: "REFUSE", at: after(daysAgo(3), HOUR_MS) }],
  });
  await part(shop.id, { paidAt: daysAgo(2), status: "EXPIRED", events: [{ action: "EXPIRE", at: daysAgo(1) }] });
  await part(shop.id, {
    paidAt: daysAgo(1),
    status: "CANCELLED",
    events: [
      { action: "ACCEPT", at: after(daysAgo(1), 30 * 60_000) },
      { action: "CANCEL", at: after(daysAgo(1), HOUR_MS), actorKind: "VENDOR" },
    ],
  });
  // cancelled by the shopper before any answer: not decided
  await part(shop.id, {
    paidAt: daysAgo(20),
    status: "CANCELLED",
    events: [{ action: "CANCEL", at: after(daysAgo(20), HOUR_MS), actorKind: "SHOPPER" }],
  });
  const p7 = await part(shop.id, {
    paidAt: daysAgo(60),
    status: "DELIVERED",
    events: [{ action: "ACCEPT", at: after(daysAgo(60), 10 * HOUR_MS) }],
    deliveredAt: daysAgo(55),
    messages: [
      { kind: "SHOPPER", at: daysAgo(40) }, // 60 min, 90-day window only
      { kind: "VENDOR", at: after(daysAgo(40), HOUR_MS) },
    ],
  });
  await part(shop.id, {
    paidAt: daysAgo(100),
    status: "DELIVERED",
    events: [{ action: "ACCEPT", at: after(daysAgo(100), 50 * HOUR_MS) }],
    lateFlaggedAt: daysAgo(95),
    deliveredAt: daysAgo(94),
  });
  await review(shop.id, p1, 4, daysAgo(5));
  await review(shop.id, p2, 5, daysAgo(2));
  await review(shop.id, p7, 2, daysAgo(50));
  await review(shop.id, p3, 1, daysAgo(1));
  await getDb().review.update({ where: { shopOrderId: p3 }, data: { status: "HIDDEN" } });
  return { owner, shop };
}

describe("computeShopQuality", () => {
  it("computes both windows' figures by the formulas", async () => {
    const { owner, shop } = await shopWithHistory();
    const { shop: quiet } = await approvedShop();

    const report = await computeShopQuality(NOW);
    expect(report.ran).toBe(true);

    expect(await qualityRow(shop.id, 30)).toMatchObject({
      computedAt: NOW,
      ordersCount: 6,
      acceptanceRateBps: 6000, // 3 accepted ÷ 5 decided (3 + 1 refused + 1 expired)
      answerTimeMinutes: 113, // (120 + 240 + 60 + 30) ÷ 4 = 112.5
      expiredCount: 1,
      expiredRateBps: 1667, // 1 ÷ 6
      lateShipmentCount: 1,
      lateShipmentRateBps: 3333, // 1 ÷ 3 accepted
      vendorCancellationCount: 1,
      vendorCancellationRateBps: 3333, // 1 ÷ 3 accepted
      claimsCount: 1,
      claimsRateBps: 10000, // 1 ÷ 1 delivered
      messageResponseMinutes: 200, // (180 + 300 + 120) ÷ 3
      ratingCount: 2,
      ratingAverage: 450, // (4 + 5) ÷ 2; the hidden review is left out
      // 6 parts ≥ 5: rates judged; the rating has 2 reviews < 5: not judged
      crossed: ["acceptanceRate", "expiredRate", "lateShipmentRate", "vendorCancellationRate", "claimsRate"],
    });
    expect(await qualityRow(shop.id, 90)).toMatchObject({
      ordersCount: 7,
      acceptanceRateBps: 6667, // 4 ÷ 6
      answerTimeMinutes: 210, // (120 + 240 + 60 + 30 + 600) ÷ 5
      expiredRateBps: 1429, // 1 ÷ 7
      lateShipmentRateBps: 2500, // 1 ÷ 4
      vendorCancellationRateBps: 2500, // 1 ÷ 4
      claimsRateBps: 5000, // 1 ÷ 2 delivered
      messageResponseMinutes: 165, // (180 + 300 + 120 + 60) ÷ 4
      ratingCount: 3,
      ratingAverage: 367, // 11 ÷ 3 = 3.667
      crossed: [], // only the judged window (30 days) is judged
    });
    expect(await qualityRow(quiet.id, 30)).toMatchObject({
      ordersCount: 0,
      acceptanceRateBps: null,
      answerTimeMinutes: null,
      expiredRateBps: null,
      messageResponseMinutes: null,
      ratingAverage: null,
      crossed: [],
    });

    // the first crossing warns the owner, with the figures
    const alerts = await alertsOf(shop.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ level: "WARNING", windowDays: 30 });
    expect(alerts[0].figures).toMatchObject({
      windowDays: 30,
      crossed: expect.arrayContaining([{ key: "lateShipmentRate", value: 3333, threshold: 1000 }]),
      figures: { ordersCount: 6 },
    });
    const mail = await emailsTo(owner.email, "quality.warning");
    expect(mail).toHaveLength(1);
    expect(mail[0].text).toMatch(/Expéditions en retard : 33,3\s%\s\(seuil : 10\s%\)/);
    expect(mail[0].text).toContain("/dashboard/quality");
    expect(await alertsOf(quiet.id)).toHaveLength(0);
  });

  it("writes one row per shop and window and one alert when two runs meet", async () => {
    const { owner, shop } = await approvedShop();
    await lateParts(shop.id, 5, daysAgo(3, after(NOW, 200 * DAY_MS)));
    const at = after(NOW, 200 * DAY_MS);
    const reports = await Promise.all([computeShopQuality(at), computeShopQuality(at)]);
    expect(reports.filter((report) => report.ran).length).toBeGreaterThanOrEqual(1);
    expect(await getDb().shopQuality.count({ where: { shopId: shop.id } })).toBe(2);
    expect(await alertsOf(shop.id)).toHaveLength(1);
    expect(await emailsTo(owner.email, "quality.warning")).toHaveLength(1);
  });

  it("does not judge a shop that is not approved", async () => {
    const { owner, shop } = await approvedShop();
    await getDb().shop.update({ where: { id: shop.id }, data: { status: "SUSPENDED" } });
    const at = after(NOW, 400 * DAY_MS);
    await lateParts(shop.id, 5, daysAgo(3, at));
    await computeShopQuality(at);
    expect(await qualityRow(shop.id, 30)).toMatchObject({ ordersCount: 5, lateShipmentRateBps: 10000, crossed: [] });
    expect(await alertsOf(shop.id)).toHaveLength(0);
    expect(await emailsTo(owner.email, "quality.warning")).toHaveLength(0);
  });
});
