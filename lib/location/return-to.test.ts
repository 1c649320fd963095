import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it.each(["/", "/shops", "/shops?trade=Boulangerie&open=1", "/p/miel-de-fleurs#reviews", "/search?q=caf%C3%A9"])(
    "keeps the local path %s",
    (path) => {
      expect(safeReturnTo(path)).toBe(path);
    },
  );

  it.each([
    undefined,
    null,
    42,
    "",
    "shops",
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/shops\nSet-Cookie: x",
    "/location",
    "/location?returnTo=/x",
    `/${"a".repeat(600)}`,
  ])("refuses %j and falls back home", (value) => {
    expect(safeReturnTo(value)).toBe("/");
  });

  it("uses the fallback given", () => {
    expect(safeReturnTo("//evil.example", "/shops")).toBe("/shops");
  });
});
