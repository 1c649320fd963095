import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/dashboard")).toBe("/dashboard");
    expect(safeCallbackPath("/shops/le-fournil?tab=products#top")).toBe("/shops/le-fournil?tab=products#top");
    expect(safeCallbackPath(["/admin", "/x"])).toBe("/admin");
  });

  it.each([
    undefined,
    null,
    "",
    "dashboard",
    "https://evil.test/",
    "//evil.test",
    "/\\evil.test",
    "/ok\\..\\evil",
    "/\tevil",
    "javascript:alert(1)",
    "/sign-in",
    "/sign-up?callbackUrl=/x",
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });
});
