import { answerApiGet } from "@/lib/api/answer-api-get";
import { preflightAnswer } from "@/lib/api/api-response";
import { listApiShops } from "@/lib/api/list-api-shops";
import { shopsQuerySchema } from "@/lib/api/schemas";

/** GET /api/v1/shops: approved shops, nearest first from lat/lng (docs/api.md). */
export function GET(request: Request): Promise<Response> {
  return answerApiGet(request, {
    query: shopsQuerySchema,
    cache: "resource",
    answer: listApiShops,
    // here the radius is any distance, not the search page's choices
    fieldMessages: { radius: "api.fields.shopRadius" },
  });
}

export const OPTIONS = preflightAnswer;
