import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { recordAmbassadorClick } from "@/lib/ambassadors/record-ambassador-click";
import { getDb } from "@/lib/db";
import { ambassador, setProgramme, twoShops, type Shops } from "./ambassador-fixtures";

let shops: Shops;
let ambassadorId: string;

const clicksOf = () =>
  getDb().ambassadorClick.findMany({ where: { ambassadorId }, select: { productId: true, shopId: true } });

beforeAll(async () => {
  shops = await twoShops();
  ambassadorId = (await ambassador("PROMO7QX")).ambassador.id;
});

afterEach(async () => {
  await setProgramme({ ambassadorsEnabled: true, ambassadorCookieDays: 30 });
  await getDb().ambassadorClick.deleteMany();
});

describe("recordAmbassadorClick (docs/business-models.md, ambassadors)", () => {
  it("counts a click with the product or shop the link pointed to, and says what the cookie holds", async () => {
    expect(await recordAmbassadorClick("promo7qx", `/p/${shops.bowl.slug}?x=1`)).toEqual({
      code: "PROMO7QX",
      cookieDays: 30,
    });
    await recordAmbassadorClick("PROMO7QX", `/shops/${shops.bakery.slug}`);
    await recordAmbassadorClick("PROMO7QX", "/");
    await recordAmbassadorClick("PROMO7QX", "/p/no-such-product");
    expect(await clicksOf()).toEqual(
      expect.arrayContaining([
        { productId: shops.bowl.id, shopId: null },
        { productId: null, shopId: shops.bakery.id },
        { productId: null, shopId: null },
      ]),
    );
    expect(await clicksOf()).toHaveLength(4);
  });

  it("gives the cookie the operator's number of days", async () => {
    await setProgramme({ ambassadorCookieDays: 45 });
    expect(await recordAmbassadorClick("PROMO7QX", "/")).toEqual({ code: "PROMO7QX", cookieDays: 45 });
  });

  it("does not count again a click already counted in this browser session, but keeps the referral", async () => {
    expect(await recordAmbassadorClick("PROMO7QX", "/", { alreadyCounted: true })).toEqual({
      code: "PROMO7QX",
      cookieDays: 30,
    });
    expect(await clicksOf()).toHaveLength(0);
  });

  it("ignores an unknown code, a malformed one and every code while the programme is closed", async () => {
    expect(await recordAmbassadorClick("NOBODY99", "/")).toBeNull();
    expect(await recordAmbassadorClick("a b", "/")).toBeNull();
    expect(await recordAmbassadorClick(undefined, "/")).toBeNull();
    await setProgramme({ ambassadorsEnabled: false });
    expect(await recordAmbassadorClick("PROMO7QX", `/p/${shops.bowl.slug}`)).toBeNull();
    expect(await getDb().ambassadorClick.count()).toBe(0);
  });
});
