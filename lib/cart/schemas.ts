import { z } from "zod";

// Messages are catalogue keys (lib/i18n/messages/cart.*.json): forms show them in the viewer's language.
export const MAX_LINE_QUANTITY = 99;
export const MAX_NOTE_LENGTH = 500;

// Form fields arrive as strings: "3" is 3; "", "abc", "1.5", "2e1", "-1" are refused.
const QUANTITY = "cart.errors.quantity";
function quantity(min: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && /^\s*-?\d{1,6}\s*$/.test(value) ? Number(value) : value),
    z.number(QUANTITY).int(QUANTITY).min(min, QUANTITY).max(MAX_LINE_QUANTITY, QUANTITY),
  );
}

const id = z.string().trim().min(1, "forms.errors.required").max(64, "forms.errors.invalid");

export const addToCartSchema = z.object({
  productId: id,
  quantity: quantity(1),
});

export const updateCartLineSchema = z.object({
  lineId: id,
  // 0 removes the line.
  quantity: quantity(0),
});

export const removeCartLineSchema = z.object({ lineId: id });

export const setShopDeliverySchema = z.object({
  shopId: id,
  method: z.enum(["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"], "cart.errors.deliveryMethod"),
});

export const setShopNoteSchema = z.object({
  shopId: id,
  // An empty note clears it.
  note: z.string("forms.errors.invalid").trim().max(MAX_NOTE_LENGTH, "cart.errors.noteTooLong"),
});
