import { answerApiGet } from "@/lib/api/answer-api-get";
import { preflightAnswer } from "@/lib/api/api-response";
import { listApiCategories } from "@/lib/api/list-api-categories";
import { languageQuerySchema } from "@/lib/api/schemas";

/** GET /api/v1/categories: the category tree shoppers browse (docs/api.md). */
export function GET(request: Request): Promise<Response> {
  return answerApiGet(request, {
    query: languageQuerySchema,
    cache: "resource",
    answer: (_query, locale) => listApiCategories(locale),
  });
}

export const OPTIONS = preflightAnswer;
