import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isAppError } from "./errors";
import { fieldErrorsOf } from "./forms/parse-input";
import { idSchema, parseId, parseIdOrThrow } from "./parse-id";

// Shaped as Prisma's `@default(cuid())` writes them (c, timestamp, counter, fingerprint, random).
const CUIDS = ["cmi8k2x7a0000qh5wbe9r3t1d", "clz0a1b2c0001ab12cd34ef56", "ckx9zz9zz00zz9zz9zz9zz9zz"];

// Values that can never be ids, whatever their type.
const NOT_IDS: [string, unknown][] = [
  ["empty", ""],
  ["65 characters", "x".repeat(65)],
  ["far too long", "c".repeat(10_000)],
  ["a space", "cmi8k2x7a0000 qh5wbe9r3t1d"],
  ["padded", " cmi8k2x7a0000qh5wbe9r3t1d "],
  ["a path", "../admin"],
  ["a quote", 'x\'; DROP TABLE "Order"; --'],
  ["a percent-encoding", "%2e%2e"],
  ["a newline", "abc\n"],
  ["non-ASCII", "cafébabe"],
  ["a number", 42],
  ["null", null],
  ["undefined", undefined],
  ["an array", ["cmi8k2x7a0000qh5wbe9r3t1d"]],
  ["an object", { id: "cmi8k2x7a0000qh5wbe9r3t1d" }],
];

describe("parseId", () => {
  it.each([...CUIDS, randomUUID(), randomUUID().toUpperCase(), "x".repeat(64)])("accepts %s", (id) => {
    expect(parseId(id)).toBe(id);
  });

  it("accepts the made-up ids tests use for an unknown row", () => {
    for (const id of ["missing", "no-such-shop", "unknown", "nope", "pi_failed"]) expect(parseId(id)).toBe(id);
  });

  it.each(NOT_IDS)("refuses %s", (_label, value) => {
    expect(parseId(value)).toBeNull();
  });
});

describe("parseIdOrThrow", () => {
  it("returns a plausible id", () => {
    expect(parseIdOrThrow(CUIDS[0])).toBe(CUIDS[0]);
  });

  it.each([[""], ["x".repeat(65)], [42], [undefined]])("answers %j as an unknown id: NOT_FOUND", (value) => {
    let thrown: unknown;
    try {
      parseIdOrThrow(value);
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown, "NOT_FOUND")).toBe(true);
  });
});

describe("idSchema", () => {
  it.each([...CUIDS, randomUUID(), "x".repeat(64), "missing"])("accepts %s, as parseId does", (id) => {
    expect(idSchema().parse(id)).toBe(id);
  });

  it.each(NOT_IDS)("refuses %s, as parseId does", (_label, value) => {
    expect(idSchema().safeParse(value).success).toBe(false);
  });

  it("answers with the schema's own message keys, else zod's (made generic keys by parseInput)", () => {
    const errorsOf = (schema: z.ZodType, value: unknown) => {
      const result = z.object({ id: schema }).safeParse({ id: value });
      return result.success ? {} : fieldErrorsOf(result.error);
    };
    const custom = idSchema({ invalid: "cart.errors.lineNotFound", required: "forms.errors.required" });
    expect(errorsOf(custom, "")).toEqual({ id: "forms.errors.required" });
    expect(errorsOf(custom, "../admin")).toEqual({ id: "cart.errors.lineNotFound" });
    expect(errorsOf(custom, 42)).toEqual({ id: "cart.errors.lineNotFound" });
    expect(errorsOf(idSchema(), "a b")).toEqual({ id: "forms.errors.invalid" });
    expect(errorsOf(idSchema(), undefined)).toEqual({ id: "forms.errors.required" });
  });
});
