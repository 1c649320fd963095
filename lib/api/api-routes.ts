// Every route of the public API (docs/api.md), as the OpenAPI document describes it. The unit test
// tests/unit/api/openapi.test.ts checks this list against the route files under app/api/v1.
import type { z } from "zod";
import type { CachePolicy } from "./api-response";
import {
  categoriesResponseSchema,
  languageQuerySchema,
  productResponseSchema,
  searchQuerySchema,
  searchResponseSchema,
  shopResponseSchema,
  shopsQuerySchema,
  shopsResponseSchema,
} from "./schemas";

export type ApiRoute = {
  /** OpenAPI's form: /api/v1/products/{slug} */
  path: string;
  operationId: string;
  summary: string;
  query: z.ZodObject;
  /** the slug in the path, when the route has one (an unknown slug is 404) */
  slug?: string;
  /** null: the OpenAPI document itself */
  response: z.ZodType | null;
  cache: CachePolicy;
};

export const API_ROUTES: ApiRoute[] = [
  {
    path: "/api/v1/search",
    operationId: "searchProducts",
    summary: "Search products online, with the /search page's filters, ranking and facets.",
    query: searchQuerySchema,
    response: searchResponseSchema,
    cache: "search",
  },
  {
    path: "/api/v1/products/{slug}",
    operationId: "getProduct",
    summary: "A product online, as its page shows it.",
    query: languageQuerySchema,
    slug: "The product's slug (its page is /p/{slug}).",
    response: productResponseSchema,
    cache: "resource",
  },
  {
    path: "/api/v1/shops",
    operationId: "listShops",
    summary: "Approved shops: nearest first from lat/lng (within radius km), else by name.",
    query: shopsQuerySchema,
    response: shopsResponseSchema,
    cache: "resource",
  },
  {
    path: "/api/v1/shops/{slug}",
    operationId: "getShop",
    summary: "An approved shop, as its page shows it, with its products online.",
    query: languageQuerySchema,
    slug: "The shop's slug (its page is /shops/{slug}).",
    response: shopResponseSchema,
    cache: "resource",
  },
  {
    path: "/api/v1/categories",
    operationId: "listCategories",
    summary: "The category tree shoppers browse (prohibited categories left out).",
    query: languageQuerySchema,
    response: categoriesResponseSchema,
    cache: "resource",
  },
  {
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document (OpenAPI 3.1).",
    query: languageQuerySchema,
    response: null,
    cache: "document",
  },
];
