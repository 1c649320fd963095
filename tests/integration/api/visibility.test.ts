import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProduct } from "@/app/api/v1/products/[slug]/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as getShop } from "@/app/api/v1/shops/[slug]/route";
import { GET as listShops } from "@/app/api/v1/shops/route";
import { errorResponseSchema, searchResponseSchema, shopsResponseSchema } from "@/lib/api/schemas";
import { getDb } from "@/lib/db";
import { apiRequest, createApiMarketplace, PRIVATE, SAINTES, slugParams, type ApiMarketplace } from "./api-fixtures";

// docs/api.md, never exposed: the API shows what the pages show and nothing they hide.
let market: ApiMarketplace;

beforeAll(async () => {
  market = await createApiMarketplace();
});

/** Every product id a search answers, page after page. */
async function allSearchIds(query: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const response = await search(apiRequest(`/api/v1/search?${query}&page=${page}&pageSize=48`));
    const body = searchResponseSchema.parse(await response.json());
    ids.push(...body.products.map((hit) => hit.id));
    if (page >= body.pagination.pageCount) return ids;
  }
}

describe("hidden products and shops never appear", () => {
  it("search: no draft, archived, held, prohibited, hidden-when-sold-out product, nor a suspended shop's", async () => {
    const near = `lat=${SAINTES.latitude}&lng=${SAINTES.longitude}`;
    for (const query of ["q=miel", "q=miel+suspendu", "q=retenu", `${near}&sort=distance`, "sort=newest"]) {
      const ids = await allSearchIds(query);
      for (const [name, product] of Object.entries(market.hidden))
        expect(ids, `${query}: ${name}`).not.toContain(product.id);
    }
    expect(await allSearchIds("q=miel")).toContain(market.visible.saintesHoney.id);
  });

  it("product: 404 JSON for each of them, as its page answers 404", async () => {
    for (const [name, product] of Object.entries(market.hidden)) {
      const response = await getProduct(apiRequest(`/api/v1/products/${product.slug}`), slugParams(product.slug));
      expect(response.status, name).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(errorResponseSchema.parse(await response.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("shop: a suspended shop is 404 and absent from the directory; a shop's list holds only its products online", async () => {
    const { suspended, saintes } = market.shops;
    expect((await getShop(apiRequest(`/api/v1/shops/${suspended.slug}`), slugParams(suspended.slug))).status).toBe(404);
    const directory = shopsResponseSchema.parse(
      await (await listShops(apiRequest(`/api/v1/shops?lat=${SAINTES.latitude}&lng=${SAINTES.longitude}`))).json(),
    );
    expect(directory.shops.map((shop) => shop.id)).not.toContain(suspended.id);
    expect(directory.shops.map((shop) => shop.id)).toContain(saintes.id);

    const shop = await (await getShop(apiRequest(`/api/v1/shops/${saintes.slug}`), slugParams(saintes.slug))).json();
    const ids = shop.products.map((product: { id: string }) => product.id);
    for (const [name, product] of Object.entries(market.hidden)) expect(ids, name).not.toContain(product.id);
    expect(ids).toContain(market.visible.saintesHoney.id);
  });

  it("a product whose shop is suspended after the fact disappears from every route at once", async () => {
    const { rochelle } = market.shops;
    const { rochelleAcacia } = market.visible;
    await getDb().shop.update({ where: { id: rochelle.id }, data: { status: "SUSPENDED" } });
    try {
      expect(await allSearchIds("q=acacia")).not.toContain(rochelleAcacia.id);
      const product = await getProduct(
        apiRequest(`/api/v1/products/${rochelleAcacia.slug}`),
        slugParams(rochelleAcacia.slug),
      );
      expect(product.status).toBe(404);
      expect((await getShop(apiRequest(`/api/v1/shops/${rochelle.slug}`), slugParams(rochelle.slug))).status).toBe(404);
    } finally {
      await getDb().shop.update({ where: { id: rochelle.id }, data: { status: "APPROVED" } });
    }
    expect(await allSearchIds("q=acacia")).toContain(rochelleAcacia.id);
  });
});

describe("private data never appears", () => {
  it("no identity, payout account, owner e-mail, SKU, stock count, weight or moderation note in any answer", async () => {
    const { saintes } = market.shops;
    const { saintesHoney } = market.visible;
    const answers = [
      await search(apiRequest(`/api/v1/search?q=miel&lat=${SAINTES.latitude}&lng=${SAINTES.longitude}`)),
      await getProduct(apiRequest(`/api/v1/products/${saintesHoney.slug}`), slugParams(saintesHoney.slug)),
      await getShop(apiRequest(`/api/v1/shops/${saintes.slug}`), slugParams(saintes.slug)),
      await listShops(apiRequest(`/api/v1/shops?lat=${SAINTES.latitude}&lng=${SAINTES.longitude}`)),
    ];
    for (const response of answers) {
      expect(response.status).toBe(200);
      const text = await response.text();
      for (const secret of [...Object.values(PRIVATE), market.ownerEmail, saintes.ownerId]) {
        expect(text, `${response.url} ${secret}`).not.toContain(secret);
      }
      expect(text).not.toContain("4321");
      expect(text).not.toMatch(/"stock":\s*\d/);
      for (const key of [
        "sku",
        "weightGrams",
        "ownerId",
        "payoutIban",
        "legalName",
        "identityDocumentKey",
        "moderationReason",
        "statusReason",
        "status",
      ]) {
        expect(text, key).not.toContain(`"${key}"`);
      }
    }
  });
});
