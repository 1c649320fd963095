import { z } from "zod";
import { toLatinDigits } from "@/lib/i18n/digits";
import { idSchema } from "@/lib/parse-id";

// Messages are catalogue keys (lib/i18n/messages/cart.*.json): forms show them in the viewer's language.
export const MAX_LINE_QUANTITY = 99;
export const MAX_NOTE_LENGTH = 500;

// Form fields arrive as strings: "3" and "۳" are 3; "", "abc", "1.5", "2e1", "-1" are refused.
const QUANTITY = "cart.errors.quantity";
function quantity(min: number) {
  return z.preprocess(
    (value: string | number) => {
      const typed = typeof value === "string" ? toLatinDigits(value) : value;
      return typeof typed === "string" && /^\s*-?\d{1,6}\s*$/.test(typed) ? Number(typed) : value;
    },
    z.number(QUANTITY).int(QUANTITY).min(min, QUANTITY).max(MAX_LINE_QUANTITY, QUANTITY),
  );
}

const id = idSchema({ invalid: "forms.errors.invalid", required: "forms.errors.required" });

export const addToCartSchema = z.object({
  productId: id,
  quantity: quantity(1),
});
export type AddToCartInput = z.input<typeof addToCartSchema>;

export const updateCartLineSchema = z.object({
  lineId: id,
  // 0 removes the line.
  quantity: quantity(0),
});
export type UpdateCartLineInput = z.input<typeof updateCartLineSchema>;

export const removeCartLineSchema = z.object({ lineId: id });
export type RemoveCartLineInput = z.input<typeof removeCartLineSchema>;

export const setShopDeliverySchema = z.object({
  shopId: id,
  // The form sends the method's name as text; the schema decides whether it is one.
  method: z
    .string("cart.errors.deliveryMethod")
    .pipe(z.enum(["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"], "cart.errors.deliveryMethod")),
});
export type SetShopDeliveryInput = z.input<typeof setShopDeliverySchema>;

export const setShopNoteSchema = z.object({
  shopId: id,
  // An empty note clears it.
  note: z.string("forms.errors.invalid").trim().max(MAX_NOTE_LENGTH, "cart.errors.noteTooLong"),
});
export type SetShopNoteInput = z.input<typeof setShopNoteSchema>;
