import { answerApiGet } from "@/lib/api/answer-api-get";
import { preflightAnswer } from "@/lib/api/api-response";
import { getApiProduct } from "@/lib/api/get-api-product";
import { languageQuerySchema } from "@/lib/api/schemas";

/** GET /api/v1/products/<slug>: a product online, as its page shows it (docs/api.md); else 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return answerApiGet(request, {
    query: languageQuerySchema,
    cache: "resource",
    answer: (_query, locale) => getApiProduct(slug, locale),
  });
}

export const OPTIONS = preflightAnswer;
