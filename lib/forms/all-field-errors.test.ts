import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { withAllFieldErrors } from "./all-field-errors";

const invalid = (fieldErrors: Record<string, string>) => () => {
  throw new AppError("VALIDATION", "invalid input", fieldErrors);
};

describe("withAllFieldErrors", () => {
  it("returns every check's result, in order, when all pass", async () => {
    await expect(withAllFieldErrors<[number, string]>([() => 1, async () => "b"])).resolves.toEqual([1, "b"]);
  });

  it("runs every check and reports all their field errors at once, the first message winning a field", async () => {
    let ran = false;
    const error = await withAllFieldErrors([
      invalid({ pickupCode: "wrong", shared: "first" }),
      async () => {
        ran = true;
        invalid({ "finalAmounts.l1": "aboveMargin", shared: "second" })();
      },
    ]).catch((caught: unknown) => caught);
    expect(ran).toBe(true);
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { pickupCode: "wrong", "finalAmounts.l1": "aboveMargin", shared: "first" },
    });
  });

  it("throws any other error as it is", async () => {
    const conflict = new AppError("CONFLICT", "moved on");
    await expect(
      withAllFieldErrors([
        invalid({ a: "x" }),
        () => {
          throw conflict;
        },
      ]),
    ).rejects.toBe(conflict);
  });
});
