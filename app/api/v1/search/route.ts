import { answerApiGet } from "@/lib/api/answer-api-get";
import { preflightAnswer } from "@/lib/api/api-response";
import { searchQuerySchema } from "@/lib/api/schemas";
import { searchApiProducts } from "@/lib/api/search-api-products";

/** GET /api/v1/search: the /search page's search as JSON (docs/api.md). */
export function GET(request: Request): Promise<Response> {
  return answerApiGet(request, { query: searchQuerySchema, cache: "search", answer: searchApiProducts });
}

export const OPTIONS = preflightAnswer;
