import "server-only";
import type { z } from "zod";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { getTranslator } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey } from "@/lib/i18n/translate";
import { retryAfterSeconds } from "@/lib/rate-limit/rate-limit-error";
import { rateLimitRequest } from "@/lib/rate-limit/rate-limit-request";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { errorAnswer, jsonAnswer, type CachePolicy } from "./api-response";
import { readQuery } from "./read-query";
import { negotiateLocale } from "./request-locale";
import { FIELD_MESSAGES } from "./schemas";

export type ApiGet<S extends z.ZodObject, T> = {
  query: S;
  cache: CachePolicy;
  /** the answer, or null for 404 */
  answer: (query: z.output<S>, locale: Locale) => Promise<T | null>;
  /** what a refused parameter accepts, where it differs from FIELD_MESSAGES */
  fieldMessages?: Partial<Record<string, MessageKey>>;
};

/**
 * One GET of the public API (docs/api.md): counted against the client address's limit first (the
 * address scripts/server.ts set, never a client header: docs/security.md), then the language, the
 * parameters (400 with each refused one), the answer (404 when there is none), as JSON.
 */
export async function answerApiGet<S extends z.ZodObject, T>(request: Request, get: ApiGet<S, T>): Promise<Response> {
  const decision = await rateLimitRequest("publicApiPerAddress", clientAddressFromHeaders(request.headers));
  const url = new URL(request.url);
  const locale = negotiateLocale(
    url.searchParams.get("lang"),
    request.headers.get("accept-language"),
    await getPublicSettings(),
  );
  const t = getTranslator(locale);
  if (!decision.allowed) {
    const seconds = retryAfterSeconds(decision.retryAfterMs);
    return errorAnswer("RATE_LIMITED", t("api.errors.rateLimited", { seconds }), { retryAfterSeconds: seconds });
  }
  const reading = readQuery(url.searchParams, get.query);
  if (!reading.ok) {
    const messages: Record<string, MessageKey> = { ...FIELD_MESSAGES, ...get.fieldMessages };
    const fields = Object.fromEntries(
      reading.fields.map((name) => [name, messages[name] ? t(messages[name]) : t("api.errors.badRequest")]),
    );
    return errorAnswer("BAD_REQUEST", t("api.errors.badRequest"), { fields });
  }
  const body = await get.answer(reading.value, locale);
  if (body === null) return errorAnswer("NOT_FOUND", t("api.errors.notFound"));
  return jsonAnswer(request, body, get.cache, locale);
}
