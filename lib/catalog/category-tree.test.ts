import { describe, expect, it } from "vitest";
import { subtreeIds } from "./category-tree";

describe("subtreeIds", () => {
  const nodes = [
    { id: "food", parentId: null },
    { id: "bread", parentId: "food" },
    { id: "sourdough", parentId: "bread" },
    { id: "cheese", parentId: "food" },
    { id: "tools", parentId: null },
  ];

  it("returns the category and all its descendants", () => {
    expect(subtreeIds(nodes, "food").sort()).toEqual(["bread", "cheese", "food", "sourdough"]);
    expect(subtreeIds(nodes, "bread").sort()).toEqual(["bread", "sourdough"]);
  });

  it("returns only the category for a leaf, and survives a cycle", () => {
    expect(subtreeIds(nodes, "tools")).toEqual(["tools"]);
    expect(
      subtreeIds(
        [
          { id: "a", parentId: "b" },
          { id: "b", parentId: "a" },
        ],
        "a",
      ).sort(),
    ).toEqual(["a", "b"]);
  });
});
