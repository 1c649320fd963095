// The public API's answers (docs/api.md): JSON with cache headers, a weak ETag and CORS open to
// every origin (public, read-only data, no cookie read); errors as { error: { code, message,
// fields? } }, never cached.
import { createHash } from "node:crypto";
import type { ApiErrorCode, ErrorResponse } from "./schemas";

/** How long an answer may be reused: search results move with stock and prices, the rest less. */
export const CACHE_POLICIES = {
  search: "public, max-age=30, stale-while-revalidate=60",
  resource: "public, max-age=60, stale-while-revalidate=300",
  document: "public, max-age=3600",
} as const;
export type CachePolicy = keyof typeof CACHE_POLICIES;

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Language",
} as const;

/** A weak validator of the body: the same JSON, the same tag (a proxy may compress it). */
export function entityTag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** If-None-Match names this tag (compared weakly, as RFC 9110 says for GET), or is "*". */
export function matchesEntityTag(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (value: string) => value.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim() === "*" || bare(candidate) === bare(tag));
}

/** 200 with the JSON, or 304 without it when the client holds the same answer. */
export function jsonAnswer(request: Request, body: unknown, policy: CachePolicy, locale?: string): Response {
  const text = JSON.stringify(body);
  const tag = entityTag(text);
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    "Cache-Control": CACHE_POLICIES[policy],
    ETag: tag,
    // the names (categories, facets) follow Accept-Language when ?lang is absent
    Vary: "Accept-Language",
    ...(locale ? { "Content-Language": locale } : {}),
  };
  if (matchesEntityTag(request.headers.get("if-none-match"), tag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

const STATUS: Record<ApiErrorCode, number> = { BAD_REQUEST: 400, NOT_FOUND: 404, RATE_LIMITED: 429 };

export function errorAnswer(
  code: ApiErrorCode,
  message: string,
  { fields, retryAfterSeconds }: { fields?: Record<string, string>; retryAfterSeconds?: number } = {},
): Response {
  const body: ErrorResponse = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, {
    status: STATUS[code],
    headers: {
      ...CORS_HEADERS,
      "Cache-Control": "no-store",
      ...(retryAfterSeconds !== undefined ? { "Retry-After": String(retryAfterSeconds) } : {}),
    },
  });
}

/** CORS preflight: a browser asks before sending If-None-Match from another origin. */
export function preflightAnswer(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept-Language, If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}
