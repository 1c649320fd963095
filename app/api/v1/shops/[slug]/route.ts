import { answerApiGet } from "@/lib/api/answer-api-get";
import { preflightAnswer } from "@/lib/api/api-response";
import { getApiShop } from "@/lib/api/get-api-shop";
import { languageQuerySchema } from "@/lib/api/schemas";

/** GET /api/v1/shops/<slug>: an approved shop, as its page shows it (docs/api.md); else 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return answerApiGet(request, { query: languageQuerySchema, cache: "resource", answer: () => getApiShop(slug) });
}

export const OPTIONS = preflightAnswer;
