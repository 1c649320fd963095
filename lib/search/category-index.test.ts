import { describe, expect, it } from "vitest";
import { buildCategoryIndex, type CategoryRow } from "./category-index";

const row = (id: string, parentId: string | null, prohibited = false): CategoryRow => ({
  id,
  slug: `s-${id}`,
  parentId,
  prohibited,
  names: { fr: id },
  position: 0,
});

describe("buildCategoryIndex", () => {
  const index = buildCategoryIndex([
    row("food", null),
    row("honey", "food"),
    row("acacia", "honey"),
    row("weapons", null, true),
    row("knives", "weapons"),
    row("deep", "knives"),
    row("deeper", "deep"),
    row("deepest", "deeper"),
    row("loop-a", "loop-b"),
    row("loop-b", "loop-a"),
  ]);

  it("blocks prohibited categories and everything under them, at any depth", () => {
    expect(index.blockedIds.sort()).toEqual(["deep", "deeper", "deepest", "knives", "weapons"]);
  });

  it("knows the top-level category of each", () => {
    expect(index.rootOf.get("acacia")?.id).toBe("food");
    expect(index.rootOf.get("food")?.id).toBe("food");
    expect(index.rootOf.get("deepest")?.id).toBe("weapons");
  });

  it("gives a category's subtree by slug, nothing for an unknown or blocked one", () => {
    expect(index.subtreeOf("s-food").sort()).toEqual(["acacia", "food", "honey"]);
    expect(index.subtreeOf("s-honey").sort()).toEqual(["acacia", "honey"]);
    expect(index.subtreeOf("nope")).toEqual([]);
    expect(index.subtreeOf("s-knives")).toEqual([]);
  });

  it("survives a cycle in bad data", () => {
    expect(index.rootOf.get("loop-a")).toBeDefined();
    expect(index.subtreeOf("s-loop-a").sort()).toEqual(["loop-a", "loop-b"]);
  });
});
