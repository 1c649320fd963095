// Search in Persian (docs/i18n.md): a product written with Arabic or Persian letter forms, with
// diacritics or a ZWNJ, is found by a shopper typing either form, in the search page and in the
// type-ahead, and Persian digits find Latin ones.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizePersian } from "@/lib/search/normalize-persian";
import { searchProducts } from "@/lib/search/search-products";
import { suggestProducts } from "@/lib/search/suggest-products";

const ZWNJ = "\u200c";
const unique = () => randomBytes(4).toString("hex");

const titles = {
  arabicKaf: "كتاب داستان", // Arabic kaf
  arabicYeh: "چاي سبز", // Arabic yeh
  taMarbuta: "خانة عروسک", // ة
  heh: "خانه درختی",
  zwnj: `کتاب${ZWNJ}های کودک`,
  vaseZwnj: `گل${ZWNJ}دان سفالی`,
  diacritics: "کِتابِ آشپزی",
  latinDigits: "قهوه 500 گرمی",
  french: "Tablette noire 70",
} as const;
type Key = keyof typeof titles;

let ids: Record<Key, string>;

beforeAll(async () => {
  const db = getDb();
  const owner = await db.user.create({
    data: { email: `v-${unique()}@example.test`, name: "فروشنده", passwordHash: "x", role: "VENDOR" },
  });
  const shop = await db.shop.create({
    data: {
      slug: `shop-${unique()}`,
      name: `کتاب${ZWNJ}فروشی نگار`,
      trade: "کتاب",
      status: "APPROVED",
      ownerId: owner.id,
      latitude: 35.6892,
      longitude: 51.389,
      postalEnabled: true,
    },
  });
  const drinks = await db.category.create({
    data: { slug: `drinks-${unique()}`, names: { fr: "Boissons", en: "Drinks", fa: "نوشیدنی" } },
  });
  const entries = await Promise.all(
    (Object.entries(titles) as [Key, string][]).map(async ([key, title]) => {
      const product = await db.product.create({
        data: {
          shopId: shop.id,
          title,
          slug: `p-${unique()}`,
          priceAmount: 1_500_000,
          currency: "IRR",
          stock: 5,
          status: "ACTIVE",
          shortDescription: key === "arabicYeh" ? "دمنوش تازه" : "",
          categoryId: key === "arabicYeh" || key === "latinDigits" ? drinks.id : null,
        },
      });
      return [key, product.id] as const;
    }),
  );
  ids = Object.fromEntries(entries) as Record<Key, string>;
});

/** The ids found by a search of the words as typed (not widened to close spellings). */
async function found(query: string): Promise<string[]> {
  const result = await searchProducts({ query, locale: "fa", pageSize: 48 });
  expect(result.approximate, query).toBe(false);
  return result.hits.map((hit) => hit.id);
}

describe("searchProducts in Persian", () => {
  it("finds a word written with either letter form (ك/ک, ي/ی, ة/ه)", async () => {
    for (const query of ["کتاب", "كتاب"]) expect(await found(query)).toContain(ids.arabicKaf);
    for (const query of ["چای", "چاي", "چای سبز"]) expect(await found(query)).toContain(ids.arabicYeh);
    for (const query of ["خانه", "خانة", "خانۀ"]) {
      const hits = await found(query);
      expect(hits).toContain(ids.taMarbuta);
      expect(hits).toContain(ids.heh);
    }
  });

  it("finds a word holding a ZWNJ typed with it, joined or with a space", async () => {
    for (const query of [`کتاب${ZWNJ}های`, "کتابهای", "کتاب های", "کتاب", "كتاب کودک"])
      expect(await found(query)).toContain(ids.zwnj);
    for (const query of [`گل${ZWNJ}دان`, "گلدان", "گل دان"]) expect(await found(query)).toContain(ids.vaseZwnj);
  });

  it("ignores diacritics and tatweel on either side", async () => {
    for (const query of ["کتاب آشپزی", "کِتاب", "کتـاب"]) expect(await found(query)).toContain(ids.diacritics);
    const withDiacritics = await found("کِتاب");
    expect(withDiacritics).toContain(ids.arabicKaf);
  });

  it("reads Persian and Arabic-Indic digits as Latin ones", async () => {
    for (const query of ["قهوه ۵۰۰", "٥٠٠", "500"]) expect(await found(query)).toContain(ids.latinDigits);
    expect(await found("tablette ۷۰")).toEqual([ids.french]);
  });

  it("finds by the shop's and the category's Persian names", async () => {
    expect(await found("کتابفروشی")).toContain(ids.heh);
    expect((await found("نوشیدنی")).sort()).toEqual([ids.arabicYeh, ids.latinDigits].sort());
  });

  it("tolerates a typo in a word written with Arabic letter forms", async () => {
    const typo = await searchProducts({ query: "كتاب داستن", locale: "fa", pageSize: 48 });
    expect(typo.hits.map((hit) => hit.id)).toEqual([ids.arabicKaf]);
    expect(typo.approximate).toBe(true);
  });

  it("leaves French search as it was", async () => {
    expect(await found("tablettes noires")).toEqual([ids.french]);
  });
});

describe("suggestProducts in Persian", () => {
  it("suggests titles written in either letter form", async () => {
    expect(await suggestProducts("كتا", "fa")).toEqual(
      expect.arrayContaining([titles.arabicKaf, titles.zwnj, titles.diacritics]),
    );
    expect(await suggestProducts("چای", "fa")).toContain(titles.arabicYeh);
    expect(await suggestProducts("خانة", "fa")).toEqual(expect.arrayContaining([titles.taMarbuta, titles.heh]));
    expect(await suggestProducts("کِتاب", "fa")).toContain(titles.diacritics);
    expect(await suggestProducts(`کتاب${ZWNJ}ها`, "fa")).toContain(titles.zwnj);
    expect(await suggestProducts("کتابها", "fa")).toContain(titles.zwnj);
    expect(await suggestProducts("گلدان", "fa")).toContain(titles.vaseZwnj);
    expect(await suggestProducts("قهوه ۵۰", "fa")).toContain(titles.latinDigits);
  });
});

describe("the two normalisations", () => {
  it("agree: search.normalize in SQL and normalizePersian in TypeScript", async () => {
    const samples = [
      ...Object.values(titles),
      "موسيقى مؤسسه أحمد إيران آب ٱلله",
      "خانهٔ اجزاء مُحَمَّد کتـــاب",
      `می${ZWNJ}شود \u200fکتاب\u200b \u00ad\ufeff`,
      "۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ ٤٥٫٥ ۱۵۰٬۰۰۰",
      "Crème fraîche n° 3",
    ];
    const rows = await queryRows<{ normalized: string }>(
      Prisma.sql`SELECT search.normalize(s) AS normalized FROM unnest(${samples}::text[]) WITH ORDINALITY AS t(s, ord) ORDER BY ord`,
    );
    expect(rows.map((row) => row.normalized)).toEqual(samples.map(normalizePersian));
  });
});
