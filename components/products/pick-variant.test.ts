import { describe, expect, it } from "vitest";
import { pickVariant } from "./pick-variant";

const variants = [
  { width: 1280, url: "/p-1280.webp" },
  { width: 320, url: "/p-320.webp" },
  { width: 640, url: "/p-640.webp" },
];

describe("pickVariant", () => {
  it("picks the smallest width at least as wide as asked", () => {
    expect(pickVariant(variants, 16)?.url).toBe("/p-320.webp");
    expect(pickVariant(variants, 320)?.url).toBe("/p-320.webp");
    expect(pickVariant(variants, 321)?.url).toBe("/p-640.webp");
    expect(pickVariant(variants, 1080)?.url).toBe("/p-1280.webp");
  });

  it("falls back to the widest, and to nothing without variants", () => {
    expect(pickVariant(variants, 3840)?.url).toBe("/p-1280.webp");
    expect(pickVariant([], 640)).toBeUndefined();
  });
});
