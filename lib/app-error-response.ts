import { isAppError } from "@/lib/errors";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, UNAVAILABLE: 503 } as const;

/**
 * A route handler's answer to a domain refusal: UNAUTHENTICATED 401, FORBIDDEN 403, NOT_FOUND 404,
 * UNAVAILABLE 503 (the file storage failed), empty and never cached; null for any other error,
 * which the handler rethrows (see docs/architecture.md, errors).
 */
export function appErrorResponse(error: unknown): Response | null {
  if (!isAppError(error) || !(error.code in STATUS)) return null;
  return new Response(null, {
    status: STATUS[error.code as keyof typeof STATUS],
    headers: { "Cache-Control": "no-store" },
  });
}
