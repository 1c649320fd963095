import { describe, expect, it } from "vitest";
import { cartOwnerOf } from "./cart-owner";
import { newGuestToken } from "./guest-token";

describe("newGuestToken", () => {
  it("makes long, url-safe, distinct tokens that cartOwnerOf accepts", () => {
    const tokens = Array.from({ length: 50 }, newGuestToken);
    expect(new Set(tokens).size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cartOwnerOf(null, token)).toEqual({ guestToken: token });
    }
  });

  it("a signed-in user's cart wins over the guest cookie; a malformed cookie is no cart", () => {
    const actor = { id: "u1", role: "SHOPPER" as const, name: "A", email: "a@example.test" };
    expect(cartOwnerOf(actor, newGuestToken())).toEqual({ userId: "u1" });
    expect(cartOwnerOf(null, "short")).toBeNull();
    expect(cartOwnerOf(null, undefined)).toBeNull();
  });
});
