import { z } from "zod";
import { parseMoney } from "@/lib/money/parse-money";

// A shipping class: a name and a fee per paid delivery method, in minor units. A method left
// empty is not offered for products of this class; click & collect is always free (not stored).
export const SHIPPING_CLASS_NAME_MAX = 60;
export const PAID_DELIVERY_METHODS = ["LOCAL_COURIER", "POSTAL"] as const;
export type PaidDeliveryMethod = (typeof PAID_DELIVERY_METHODS)[number];
export type ShippingFees = Partial<Record<PaidDeliveryMethod, number>>;

/** Fees are typed in the marketplace currency (euros for now; shops have no currency of their own). */
export const SHIPPING_FEE_CURRENCY = "EUR";

/** An amount as typed in the locale ("4,50"); empty → null (for a fee: the method is not offered). */
export const optionalAmountText = (locale: string, invalidMessage = "productList.errors.shippingFeeInvalid") =>
  z.preprocess(
    (value) => (value === undefined || value === null ? "" : String(value)),
    z.string().transform((text, context) => {
      if (text.trim() === "") return null;
      const amount = parseMoney(text, locale, SHIPPING_FEE_CURRENCY);
      if (amount === null) {
        context.addIssue({ code: "custom", message: invalidMessage });
        return z.NEVER;
      }
      return amount;
    }),
  );

export function shippingClassSchema(locale: string) {
  return z
    .object({
      name: z.preprocess(
        (value) => (value === undefined || value === null ? "" : String(value)),
        z
          .string()
          .trim()
          .min(1, "productList.errors.shippingClassNameRequired")
          .max(SHIPPING_CLASS_NAME_MAX, "productList.errors.shippingClassNameTooLong"),
      ),
      localCourierFee: optionalAmountText(locale),
      postalFee: optionalAmountText(locale),
    })
    .transform(({ name, localCourierFee, postalFee }) => {
      const fees: ShippingFees = {};
      if (localCourierFee !== null) fees.LOCAL_COURIER = localCourierFee;
      if (postalFee !== null) fees.POSTAL = postalFee;
      return { name, fees };
    });
}

/** The stored JSON read back defensively: only known methods with whole non-negative amounts. */
export function readShippingFees(json: unknown): ShippingFees {
  const fees: ShippingFees = {};
  if (json === null || typeof json !== "object" || Array.isArray(json)) return fees;
  for (const method of PAID_DELIVERY_METHODS) {
    const amount = (json as Record<string, unknown>)[method];
    if (typeof amount === "number" && Number.isSafeInteger(amount) && amount >= 0) fees[method] = amount;
  }
  return fees;
}

export const SHIPPING_FEE_MODES = ["PER_CLASS", "PER_ORDER"] as const;

/**
 * How a shop adds up its shipping fees: PER_CLASS sums the fee of each class in the order,
 * PER_ORDER takes the most expensive one; and the items amount from which shipping is free
 * (empty: never free).
 */
export function shippingPolicySchema(locale: string) {
  return z.object({
    shippingFeeMode: z.enum(SHIPPING_FEE_MODES, { message: "productList.errors.shippingFeeModeInvalid" }),
    freeShippingThreshold: optionalAmountText(locale, "productList.errors.freeShippingThresholdInvalid"),
  });
}
