import { describe, expect, it } from "vitest";
import { shouldSeedDemo } from "./demo-seeding";

describe("shouldSeedDemo (docs/security.md, demo accounts)", () => {
  it.each([
    ["embedded, nothing asked", {}, "embedded", true],
    ["embedded, HALLE_DEMO=karkareh", { HALLE_DEMO: "karkareh" }, "embedded", true],
    ["embedded, HALLE_DEMO=0", { HALLE_DEMO: "0" }, "embedded", false],
    ["DATABASE_URL, nothing asked", {}, "external", false],
    ["DATABASE_URL, HALLE_DEMO empty", { HALLE_DEMO: " " }, "external", false],
    ["DATABASE_URL, HALLE_DEMO=1", { HALLE_DEMO: "1" }, "external", true],
    ["DATABASE_URL, HALLE_DEMO=karkareh", { HALLE_DEMO: "karkareh" }, "external", true],
    ["DATABASE_URL, HALLE_DEMO=false", { HALLE_DEMO: "false" }, "external", false],
  ] as const)("%s → %s", (_label, env, database, expected) => {
    expect(shouldSeedDemo(env, database)).toBe(expected);
  });
});
