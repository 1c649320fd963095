// The OpenAPI 3.1 document of the public API (docs/api.md), generated from the zod schemas
// (lib/api/schemas.ts) with zod's own z.toJSONSchema: parameters from the query schemas, answers
// from the registry of response schemas, so the document says what the code does. The summaries
// are developer documentation, in English like the rest of the contract (codes, field names).
import { z } from "zod";
import { API_ROUTES, type ApiRoute } from "./api-routes";
import { apiSchemas, errorResponseSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;

const ref = (schema: z.ZodType) => {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("a response schema of the API is not registered in apiSchemas");
  return { $ref: `#/components/schemas/${id}` };
};

/** Components under their ids; $schema and $id are the document's business, not each schema's. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [
      id,
      Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id")),
    ]),
  );
}

function queryParameters(route: ApiRoute) {
  const schema = z.toJSONSchema(route.query, { io: "input" }) as JsonSchema;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: "query",
    required: required.includes(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: property,
  }));
}

const errorContent = { "application/json": { schema: ref(errorResponseSchema) } };

function operation(route: ApiRoute) {
  const parameters = [
    ...(route.slug
      ? [
          {
            name: "slug",
            in: "path",
            required: true,
            description: route.slug,
            schema: { type: "string", maxLength: 200 },
          },
        ]
      : []),
    ...queryParameters(route),
  ];
  return {
    operationId: route.operationId,
    summary: route.summary,
    parameters,
    responses: {
      "200": {
        description: "The answer; Cache-Control and a weak ETag say how long it may be reused.",
        headers: {
          ETag: { schema: { type: "string" } },
          "Cache-Control": { schema: { type: "string" } },
        },
        content: { "application/json": { schema: route.response ? ref(route.response) : { type: "object" } } },
      },
      "304": { description: "Not modified: If-None-Match named this answer's ETag." },
      "400": { description: "A parameter is not valid: error.fields names each.", content: errorContent },
      ...(route.slug ? { "404": { description: "No such slug online.", content: errorContent } } : {}),
      "429": {
        description: "Too many requests from this address.",
        headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } } },
        content: errorContent,
      },
    },
  };
}

/** The document, its server being the marketplace's address (APP_URL). */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Halle storefront API",
      version: "1.0.0",
      description:
        "Read-only public data of the storefront: what its pages show, nothing more. Prices in integer minor units with their ISO 4217 currency. Rate limited per client address.",
    },
    servers: [{ url: serverUrl.replace(/\/+$/, "") }],
    paths: Object.fromEntries(API_ROUTES.map((route) => [route.path, { get: operation(route) }])),
    components: { schemas: componentSchemas() },
  };
}
