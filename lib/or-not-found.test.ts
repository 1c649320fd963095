import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { orNotFound } from "./or-not-found";

/** What Next's notFound() throws, and its 404 boundary catches. */
const NEXT_NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("orNotFound", () => {
  it("passes the value through", async () => {
    expect(await orNotFound(Promise.resolve({ id: "a" }))).toEqual({ id: "a" });
  });

  it("turns NOT_FOUND into Next's 404", async () => {
    expect(await rejection(orNotFound(Promise.reject(new AppError("NOT_FOUND"))))).toMatchObject(NEXT_NOT_FOUND);
  });

  it.each([new AppError("FORBIDDEN"), new AppError("UNAUTHENTICATED"), new Error("database down")])(
    "rethrows anything else as it is: %s",
    async (error) => {
      expect(await rejection(orNotFound(Promise.reject(error)))).toBe(error);
    },
  );
});
