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

/** A fee as typed in the locale ("4,50"); empty → null (the method is not offered). */
const feeText = (locale: string) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? "" : String(value)),
    z.string().transform((text, context) => {
      if (text.trim() === "") return null;
      const amount = parseMoney(text, locale, SHIPPING_FEE_CURRENCY);
      if (amount === null) {
        context.addIssue({ code: "custom", message: "productList.errors.shippingFeeInvalid" });
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
        z.string().trim().min(1, "productList.errors.shippingClassNameRequired").max(SHIPPING_CLASS_NAME_MAX, "productList.errors.shippingClassNameTooLong"),
      ),
      localCourierFee: feeText(locale),
      postalFee: feeText(locale),
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
