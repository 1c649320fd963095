import { describe, expect, it } from "vitest";
import { addressSchema, locateAddress } from "./address-schema";

const address = { name: "Négar", line1: "3 rue du Port", postalCode: "17300", city: "Rochefort" };

describe("addressSchema postcode", () => {
  it("reads a postcode typed in Persian or Arabic-Indic digits, with spaces", () => {
    expect(addressSchema.parse({ ...address, postalCode: "۱۷۳۰۰" }).postalCode).toBe("17300");
    expect(addressSchema.parse({ ...address, postalCode: "١٧ ٣٠٠" }).postalCode).toBe("17300");
    expect(locateAddress(addressSchema.parse({ ...address, postalCode: "۱۷۳۰۰" })).latitude).toBeCloseTo(45.94, 1);
  });

  it.each(["1730", "۱۷۳۰", "17300a", "۱۷۳۰۰۰", ""])("refuses %j", (postalCode) => {
    const result = addressSchema.safeParse({ ...address, postalCode });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe("checkout.errors.postcodeInvalid");
  });
});
