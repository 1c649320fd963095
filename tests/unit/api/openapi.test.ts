import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api/api-routes";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// docs/api.md, the OpenAPI document: generated from the zod schemas, it lists every route.
const V1 = path.resolve(import.meta.dirname, "../../../app/api/v1");

/** Every route file under app/api/v1, in OpenAPI's form (/api/v1/products/{slug}). */
function routeFiles(dir = V1, prefix = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix] : [];
    const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
    return routeFiles(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

/** Every $ref anywhere in a JSON value. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refs(inner),
  );
}

const document = buildOpenApiDocument("https://halle.example/");

describe("the OpenAPI document of /api/v1", () => {
  it("is OpenAPI 3.1 with the marketplace's address as its server", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(document.servers).toEqual([{ url: "https://halle.example" }]);
  });

  it("lists every route file under app/api/v1, and only those", () => {
    const files = routeFiles().sort();
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(document.paths).sort()).toEqual(files);
    expect(API_ROUTES.map((route) => route.path).sort()).toEqual(files);
  });

  it("describes each route's GET: unique operation, parameters with schemas, 200, 400, 429 and 404 for slugs", () => {
    const operations = Object.entries(document.paths).map(([route, item]) => ({ route, ...item.get }));
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(operations.length);
    for (const operation of operations) {
      expect(operation.summary, operation.route).toMatch(/\S/);
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(["200", "400", "429", ...(operation.route.includes("{slug}") ? ["404"] : [])]),
      );
      expect(operation.responses["429"].headers["Retry-After"]).toBeDefined();
      for (const parameter of operation.parameters) {
        expect(["query", "path"]).toContain(parameter.in);
        expect(parameter.schema, `${operation.route} ${parameter.name}`).toHaveProperty("type");
      }
      expect(operation.parameters.some((parameter) => parameter.name === "slug")).toBe(
        operation.route.includes("{slug}"),
      );
      expect(operation.parameters.map((parameter) => parameter.name)).toContain("lang");
    }
    const search = document.paths["/api/v1/search"].get.parameters.map((parameter) => parameter.name);
    expect(search).toEqual(
      expect.arrayContaining(["q", "category", "lat", "lng", "radius", "sort", "page", "pageSize"]),
    );
    const shops = document.paths["/api/v1/shops"].get.parameters.map((parameter) => parameter.name);
    expect(shops).toEqual(expect.arrayContaining(["lat", "lng", "radius", "page"]));
  });

  it("has every answer in components, each $ref resolving to one of them", () => {
    const schemas = document.components.schemas;
    for (const id of ["Money", "Error", "SearchResponse", "ProductResponse", "ShopResponse", "ShopsResponse"]) {
      expect(schemas[id], id).toMatchObject({ type: "object" });
    }
    expect(schemas.CategoriesResponse).toBeDefined();
    const all = refs(document);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.slice("#/components/schemas/".length)], ref).toBeDefined();
    }
    // the category tree refers to itself
    expect(refs(schemas.CategoryNode)).toContain("#/components/schemas/CategoryNode");
    // money: integer minor units with the currency
    expect(schemas.Money).toMatchObject({
      properties: { amount: { type: "integer" }, currency: { type: "string" } },
      required: ["amount", "currency"],
    });
  });

  it("is plain JSON (what the route serves)", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
