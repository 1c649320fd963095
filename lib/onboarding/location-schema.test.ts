import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import { locationSchema, type LocationInput } from "./location-schema";

const location: LocationInput = {
  addressLine: "3 rue du Port",
  postalCode: "17300",
  city: "Rochefort",
  country: "FR",
  openingHours: [[], [], [], [], [], [], []],
};

describe("locationSchema postcode and coordinates", () => {
  it("reads a postcode and coordinates typed in Persian digits", () => {
    const parsed = locationSchema.parse({ ...location, postalCode: " ۱۷۳۰۰ ", latitude: "۴۵٫۹۴", longitude: "-۰٫۹۶" });
    expect(parsed).toMatchObject({ postalCode: "17300", latitude: 45.94, longitude: -0.96 });
  });

  it("refuses a malformed postcode in any digits", () => {
    for (const postalCode of ["۱۷۳۰", "1730", "۱۷۳۰۰x"]) {
      const result = locationSchema.safeParse({ ...location, postalCode });
      expect(result.success).toBe(false);
      if (!result.success)
        expect(fieldErrorsOf(result.error)).toEqual({ postalCode: "onboarding.errors.postalCodeInvalid" });
    }
  });
});
