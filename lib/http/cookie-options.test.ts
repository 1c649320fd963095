import { afterEach, describe, expect, it } from "vitest";
import { cookieOptions, isSecureDeployment } from "./cookie-options";

const saved = { APP_URL: process.env.APP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("cookieOptions", () => {
  it("marks every cookie Secure when the marketplace's address is https", () => {
    process.env.APP_URL = "https://halle.example";
    expect(isSecureDeployment()).toBe(true);
    expect(cookieOptions({ maxAge: 60, path: "/checkout" })).toEqual({
      path: "/checkout",
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      maxAge: 60,
    });
  });

  it("falls back to NEXTAUTH_URL, and is not Secure on plain http (local runs)", () => {
    delete process.env.APP_URL;
    process.env.NEXTAUTH_URL = "https://auth.halle.example";
    expect(cookieOptions().secure).toBe(true);
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(cookieOptions()).toEqual({ path: "/", httpOnly: true, sameSite: "lax", secure: false });
  });

  it("leaves HttpOnly off only when asked", () => {
    expect(cookieOptions({ httpOnly: false }).httpOnly).toBe(false);
  });
});
