import { describe, expect, it } from "vitest";
import { appErrorResponse } from "./app-error-response";
import { AppError } from "./errors";

describe("appErrorResponse", () => {
  it.each([
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["UNAVAILABLE", 503],
  ] as const)("answers %s with an empty, uncached %i", async (code, status) => {
    const response = appErrorResponse(new AppError(code))!;
    expect([response.status, response.headers.get("Cache-Control"), await response.text()]).toEqual([
      status,
      "no-store",
      "",
    ]);
  });

  it.each([new AppError("CONFLICT"), new AppError("VALIDATION"), new Error("boom"), "NOT_FOUND"])(
    "leaves %s to the handler",
    (error) => {
      expect(appErrorResponse(error)).toBeNull();
    },
  );
});
