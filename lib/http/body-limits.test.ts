import { describe, expect, it } from "vitest";
import { bodyLimitFor, declaredLength, SMALL_BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES } from "./body-limits";

describe("bodyLimitFor (docs/security.md, body sizes)", () => {
  it("gives anonymous posts the small limit, wherever they go", () => {
    expect(bodyLimitFor("POST", "/", false)).toBe(SMALL_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("POST", "/dashboard/products/new", false)).toBe(SMALL_BODY_LIMIT_BYTES);
  });

  it("gives a signed-in user's posts to the upload pages the upload limit", () => {
    expect(bodyLimitFor("POST", "/dashboard/products/new", true)).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("post", "/dashboard", true)).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("POST", "/account/orders/abc", true)).toBe(UPLOAD_BODY_LIMIT_BYTES);
  });

  it("keeps the small limit elsewhere, for other methods and for look-alike paths", () => {
    expect(bodyLimitFor("POST", "/", true)).toBe(SMALL_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("POST", "/api/auth/callback/credentials", true)).toBe(SMALL_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("PUT", "/dashboard/products/new", true)).toBe(SMALL_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("POST", "/dashboardx", true)).toBe(SMALL_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("POST", "/p/dashboard", true)).toBe(SMALL_BODY_LIMIT_BYTES);
  });

  it("matches next.config.ts's server actions limit", async () => {
    const { default: config } = await import("../../next.config");
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(`${UPLOAD_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
  });
});

describe("declaredLength", () => {
  it("reads a plain Content-Length and nothing else", () => {
    expect(declaredLength("1048576")).toBe(1048576);
    expect(declaredLength(["12"])).toBe(12);
    expect(declaredLength(undefined)).toBeNull();
    expect(declaredLength("-1")).toBeNull();
    expect(declaredLength("1e9")).toBeNull();
  });
});
