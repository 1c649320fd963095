import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { computeShopQuality } from "@/lib/quality/compute-shop-quality";
import {
  alertsOf,
  approvedShop,
  createUser,
  DAY_MS,
  emailsTo,
  goodParts,
  HOUR_MS,
  lateParts,
  NOW,
  part,
} from "./quality-fixtures";

// docs/trust.md, warnings before exclusion: the alerts pass with a moved clock. Thresholds are the
// defaults (30-day window, 5 parts at least, late shipments ≤ 10 %, acceptance ≥ 80 %, period 30 days).

const at = (days: number, hours = 0) => new Date(NOW.getTime() + days * DAY_MS + hours * HOUR_MS);

describe("quality warnings and flags", () => {
  it("warns first, flags a second crossing within the period, warns again after it", async () => {
    const operator = await createUser("OPERATOR", "Opératrice");
    const { owner, shop } = await approvedShop();
    // 5 parts paid two days ago, all accepted then flagged late: late shipments 100 %
    await lateParts(shop.id, 5, at(-2));

    // first crossing → WARNING and the owner's e-mail
    await computeShopQuality(at(0));
    let alerts = await alertsOf(shop.id);
    expect(alerts.map((alert) => alert.level)).toEqual(["WARNING"]);
    expect(alerts[0].figures).toMatchObject({ crossed: [{ key: "lateShipmentRate", value: 10000, threshold: 1000 }] });
    expect(await emailsTo(owner.email, "quality.warning")).toHaveLength(1);

    // still crossed an hour later: nothing new
    await computeShopQuality(at(0, 1));
    expect(await alertsOf(shop.id)).toHaveLength(1);
    expect(await emailsTo(owner.email, "quality.warning")).toHaveLength(1);

    // a second crossing within the period (5 refusals: acceptance 5 ÷ 10 = 50 %) → FLAG, operators told
    for (let i = 0; i < 5; i += 1)
      await part(shop.id, { paidAt: at(1), status: "REFUSED", events: [{ action: "REFUSE", at: at(1, 1) }] });
    await computeShopQuality(at(2));
    alerts = await alertsOf(shop.id);
    expect(alerts.map((alert) => alert.level)).toEqual(["WARNING", "FLAG"]);
    expect(alerts[1].figures).toMatchObject({
      crossed: [
        { key: "acceptanceRate", value: 5000, threshold: 8000 },
        { key: "lateShipmentRate", value: 10000, threshold: 1000 },
      ],
    });
    const flagged = await emailsTo(operator.email, "quality.flagged");
    expect(flagged).toHaveLength(1);
    expect(flagged[0].text).toContain(shop.name);
    expect(flagged[0].text).toContain("/admin/quality");
    expect(await emailsTo(owner.email, "quality.warning")).toHaveLength(1);

    // the next day: nothing new (no new crossing, and the flag is open)
    await computeShopQuality(at(3));
    expect(await alertsOf(shop.id)).toHaveLength(2);

    // after the period: the old parts left the window; fresh late parts cross again → a new WARNING
    await goodParts(shop.id, 1, at(38));
    await lateParts(shop.id, 5, at(39));
    await computeShopQuality(at(40));
    alerts = await alertsOf(shop.id);
    expect(alerts.map((alert) => alert.level)).toEqual(["WARNING", "FLAG", "WARNING"]);
    expect(await emailsTo(owner.email, "quality.warning")).toHaveLength(2);
    expect(await emailsTo(operator.email, "quality.flagged")).toHaveLength(1);
  });

  it("counts an indicator still crossed after the grace as a new crossing", async () => {
    const operator = await createUser("OPERATOR");
    const { owner, shop } = await approvedShop();
    const start = 100;
    await lateParts(shop.id, 5, at(start - 1));
    await computeShopQuality(at(start));
    await computeShopQuality(at(start + 6)); // within the 7 days' grace: nothing
    expect((await alertsOf(shop.id)).map((alert) => alert.level)).toEqual(["WARNING"]);
    await computeShopQuality(at(start + 7)); // still crossed 7 days after the warning: flagged
    expect((await alertsOf(shop.id)).map((alert) => alert.level)).toEqual(["WARNING", "FLAG"]);
    expect(await emailsTo(operator.email, "quality.flagged")).toHaveLength(1);
    expect(await emailsTo(owner.email, "quality.warning")).toHaveLength(1);
  });

  it("never opens a second flag while one is open", async () => {
    const { shop } = await approvedShop();
    const start = 200;
    await lateParts(shop.id, 5, at(start - 1));
    await computeShopQuality(at(start));
    await computeShopQuality(at(start + 7));
    await computeShopQuality(at(start + 14));
    await computeShopQuality(at(start + 21));
    const alerts = await alertsOf(shop.id);
    expect(alerts.filter((alert) => alert.level === "FLAG")).toHaveLength(1);
    expect(await getDb().qualityAlert.count({ where: { shopId: shop.id, level: "FLAG", resolvedAt: null } })).toBe(1);
  });
});
