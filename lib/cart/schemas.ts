import { z } from "zod";

// Messages are catalogue keys (lib/i18n/messages/cart.*.json): forms show them in the viewer's language.
export const MAX_LINE_QUANTITY = 99;
export const MAX_NOTE_LENGTH = 500;

// Form fields arrive as strings: "3" is 3; "", "abc", "1.5", "-1" are refused.
const integerText = z.union([z.number(), z.string().trim().regex(/^-?\d{1,6}$/, "cart.errors.quantity").transform(Number)]);

const id = z.string().trim().min(1, "forms.errors.required").max(64, "forms.errors.invalid");

export const addToCartSchema = z.object({
  productId: id,
  quantity: integerText.pipe(z.number().int("cart.errors.quantity").min(1, "cart.errors.quantity").max(MAX_LINE_QUANTITY, "cart.errors.quantity")),
});

export const updateCartLineSchema = z.object({
  lineId: id,
  // 0 removes the line.
  quantity: integerText.pipe(z.number().int("cart.errors.quantity").min(0, "cart.errors.quantity").max(MAX_LINE_QUANTITY, "cart.errors.quantity")),
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
