import { z } from "zod";
import { toLatinDigits } from "@/lib/i18n/digits";
import { openingHoursSchema } from "@/lib/shops/opening-hours";
import { isSupportedCountry } from "./countries";
import { emptyToUndefined, numberField } from "./form-values";

// Step 2: where the shop is and when it opens. Coordinates may be left out: the domain function
// fills them from the gazetteer (France) or asks for the pin.
const coordinate = (min: number, max: number) =>
  z.preprocess(
    numberField,
    z
      .number("onboarding.errors.coordinateInvalid")
      .min(min, "onboarding.errors.coordinateInvalid")
      .max(max, "onboarding.errors.coordinateInvalid")
      .optional(),
  );

export const locationSchema = z
  .object({
    addressLine: z
      .string("onboarding.errors.addressRequired")
      .trim()
      .min(3, "onboarding.errors.addressRequired")
      .max(200, "onboarding.errors.addressTooLong"),
    postalCode: z
      .string("onboarding.errors.postalCodeInvalid")
      .overwrite(toLatinDigits)
      .trim()
      .toUpperCase()
      .min(1, "onboarding.errors.postalCodeRequired"),
    city: z
      .string("onboarding.errors.cityRequired")
      .trim()
      .min(1, "onboarding.errors.cityRequired")
      .max(100, "onboarding.errors.cityTooLong"),
    country: z.preprocess(
      emptyToUndefined,
      z
        .string("onboarding.errors.countryRequired")
        .trim()
        .toUpperCase()
        .refine(isSupportedCountry, "onboarding.errors.countryUnsupported"),
    ),
    latitude: coordinate(-90, 90),
    longitude: coordinate(-180, 180),
    openingHours: openingHoursSchema,
  })
  .superRefine((location, context) => {
    const pattern = location.country === "FR" ? /^\d{5}$/ : /^[A-Z0-9][A-Z0-9 -]{1,9}$/;
    if (!pattern.test(location.postalCode)) {
      context.addIssue({ code: "custom", message: "onboarding.errors.postalCodeInvalid", path: ["postalCode"] });
    }
  });

export type LocationInput = z.input<typeof locationSchema>;
export type Location = z.output<typeof locationSchema>;
