import { describe, expect, it } from "vitest";
import { addToCartSchema, updateCartLineSchema } from "./schemas";

const productId = "cm0000000000000000000000a";
const lineId = "cm0000000000000000000000b";

describe("cart quantities", () => {
  it("reads a quantity typed in Latin, Persian or Arabic-Indic digits", () => {
    expect(addToCartSchema.parse({ productId, quantity: "3" }).quantity).toBe(3);
    expect(addToCartSchema.parse({ productId, quantity: "۱۲" }).quantity).toBe(12);
    expect(addToCartSchema.parse({ productId, quantity: " ٣ " }).quantity).toBe(3);
    expect(updateCartLineSchema.parse({ lineId, quantity: "۰" }).quantity).toBe(0);
  });

  it.each(["", "abc", "1.5", "۱٫۵", "2e1", "-1", "۰", "۱۰۰"])("refuses %j to add", (quantity) => {
    const result = addToCartSchema.safeParse({ productId, quantity });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe("cart.errors.quantity");
  });
});
