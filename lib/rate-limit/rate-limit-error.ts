import { AppError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translate";

/**
 * RATE_LIMITED with the time to wait (a route handler's Retry-After) and the message the form
 * shows at its top (a catalogue key under security.throttle).
 */
export class RateLimitError extends AppError {
  constructor(
    readonly retryAfterMs: number,
    messageKey: MessageKey,
  ) {
    super("RATE_LIMITED", "rate limited", { form: messageKey });
    this.name = "RateLimitError";
  }
}

/** Retry-After in whole seconds (at least 1). */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}
