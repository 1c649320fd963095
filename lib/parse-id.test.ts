import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isAppError } from "./errors";
import { parseId, parseIdOrThrow } from "./parse-id";

// Shaped as Prisma's `@default(cuid())` writes them (c, timestamp, counter, fingerprint, random).
const CUIDS = ["cmi8k2x7a0000qh5wbe9r3t1d", "clz0a1b2c0001ab12cd34ef56", "ckx9zz9zz00zz9zz9zz9zz9zz"];

describe("parseId", () => {
  it.each([...CUIDS, randomUUID(), randomUUID().toUpperCase(), "x".repeat(64)])("accepts %s", (id) => {
    expect(parseId(id)).toBe(id);
  });

  it("accepts the made-up ids tests use for an unknown row", () => {
    for (const id of ["missing", "no-such-shop", "unknown", "nope", "pi_failed"]) expect(parseId(id)).toBe(id);
  });

  it.each([
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
  ])("refuses %s", (_label, value) => {
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
