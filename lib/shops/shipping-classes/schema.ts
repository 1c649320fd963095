import { z } from "zod";
import { moneyText } from "@/lib/catalog/product-schema";

// A shipping class: a name and a fee per paid delivery method, in minor units. A method left
// empty is not offered for products of this class; click & collect is always free (not stored).
export const SHIPPING_CLASS_NAME_MAX = 60;
export const PAID_DELIVERY_METHODS = ["LOCAL_COURIER", "POSTAL"] as const;
export type PaidDeliveryMethod = (typeof PAID_DELIVERY_METHODS)[number];
export type ShippingFees = Partial<Record<PaidDeliveryMethod, number>>;

/** Fees are typed in the marketplace currency (euros for now; shops have no currency of their own). */
export const SHIPPING_FEE_CURRENCY = "EUR";

export function shippingClassSchema(locale: string) {
  return z
    .object({
      name: z.preprocess(
        (value) => (value === undefined || value === null ? "" : String(value)),
        z.string().trim().min(1, "productList.errors.shippingClassNameRequired").max(SHIPPING_CLASS_NAME_MAX, "productList.errors.shippingClassNameTooLong"),
      ),
      localCourierFee: moneyText(locale, SHIPPING_FEE_CURRENCY),
      postalFee: moneyText(locale, SHIPPING_FEE_CURRENCY),
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
