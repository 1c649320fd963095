import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * Awaits a domain read for a page or layout and shows Next's 404 when it is NOT_FOUND: an unknown
 * id and someone else's row look the same (see docs/architecture.md, errors). Any other error
 * is rethrown as it is. Route handlers answer with appErrorResponse instead.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
}
