// Typed application errors: domain functions throw these; actions map the code to a message.
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "OUT_OF_STOCK"
  /** a service the app depends on (file storage) failed: nothing was written, try again later */
  | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    /** field → message key, for VALIDATION errors shown beside a form field */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
