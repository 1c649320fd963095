import { z } from "zod";
import { isSupportedCountry } from "./countries";
import { checkbox, emptyToUndefined, numberField } from "./form-values";

// Step 3: how orders reach shoppers. Sub-fields count only when their mode is on.
const integer = (min: number, max: number, message: string) =>
  z.preprocess(numberField, z.number(message).int(message).min(min, message).max(max, message).optional());

export const deliverySchema = z
  .object({
    clickAndCollect: z.preprocess(checkbox, z.boolean()),
    pickupInstructions: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(500, "onboarding.errors.pickupInstructionsTooLong").optional(),
    ),
    courierEnabled: z.preprocess(checkbox, z.boolean()),
    courierRadiusKm: z.unknown(),
    postalEnabled: z.preprocess(checkbox, z.boolean()),
    postalCountries: z.preprocess(
      (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.string()).max(50, "onboarding.errors.countryUnsupported"),
    ),
    postageDueOnDelivery: z.preprocess(checkbox, z.boolean()),
    handlingDays: z.preprocess(
      numberField,
      z
        .number("onboarding.errors.handlingDaysInvalid")
        .int("onboarding.errors.handlingDaysInvalid")
        .min(0, "onboarding.errors.handlingDaysInvalid")
        .max(30, "onboarding.errors.handlingDaysInvalid"),
    ),
  })
  .transform((delivery, context) => {
    if (!delivery.clickAndCollect && !delivery.courierEnabled && !delivery.postalEnabled) {
      context.addIssue({ code: "custom", message: "onboarding.errors.deliveryModeRequired", path: ["form"] });
    }
    if (delivery.clickAndCollect && !delivery.pickupInstructions) {
      context.addIssue({
        code: "custom",
        message: "onboarding.errors.pickupInstructionsRequired",
        path: ["pickupInstructions"],
      });
    }
    let courierRadiusKm: number | null = null;
    if (delivery.courierEnabled) {
      const radius = integer(1, 100, "onboarding.errors.courierRadiusInvalid").safeParse(delivery.courierRadiusKm);
      if (!radius.success || radius.data === undefined) {
        context.addIssue({
          code: "custom",
          message: "onboarding.errors.courierRadiusInvalid",
          path: ["courierRadiusKm"],
        });
      } else {
        courierRadiusKm = radius.data;
      }
    }
    const postalCountries = delivery.postalEnabled ? [...new Set(delivery.postalCountries)] : [];
    if (delivery.postalEnabled && !postalCountries.every(isSupportedCountry)) {
      context.addIssue({ code: "custom", message: "onboarding.errors.countryUnsupported", path: ["postalCountries"] });
    } else if (delivery.postalEnabled && postalCountries.length === 0) {
      context.addIssue({
        code: "custom",
        message: "onboarding.errors.postalCountriesRequired",
        path: ["postalCountries"],
      });
    }
    return {
      clickAndCollect: delivery.clickAndCollect,
      pickupInstructions: delivery.pickupInstructions ?? null,
      courierEnabled: delivery.courierEnabled,
      courierRadiusKm,
      postalEnabled: delivery.postalEnabled,
      postalCountries,
      postageDueOnDelivery: delivery.postalEnabled && delivery.postageDueOnDelivery,
      handlingDays: delivery.handlingDays,
    };
  });

export type DeliveryInput = z.input<typeof deliverySchema>;
export type Delivery = z.output<typeof deliverySchema>;
