import { answerApiGet } from "@/lib/api/answer-api-get";
import { preflightAnswer } from "@/lib/api/api-response";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { languageQuerySchema } from "@/lib/api/schemas";
import { appUrl } from "@/lib/app-url";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, generated from its zod schemas (docs/api.md). */
export function GET(request: Request): Promise<Response> {
  return answerApiGet(request, {
    query: languageQuerySchema,
    cache: "document",
    answer: async () => buildOpenApiDocument(appUrl("/")),
  });
}

export const OPTIONS = preflightAnswer;
