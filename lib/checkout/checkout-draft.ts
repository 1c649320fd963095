import { z } from "zod";

// What the shopper typed on the checkout page, kept between "update delivery options" and the
// page shown again (works without JavaScript: a POST, a cookie, a redirect). Only their own
// details, in an httpOnly cookie scoped to /checkout; re-validated when the order is placed.
export const CHECKOUT_DRAFT_COOKIE = "halle_checkout";
export const CHECKOUT_DRAFT_COOKIE_MAX_AGE = 60 * 60 * 24;
/** the address choice meaning "the address typed in the form" rather than a saved one */
export const NEW_ADDRESS = "new";

const text = (max: number) => z.string().max(max).catch("");

export const checkoutDraftSchema = z.object({
  email: text(254),
  name: text(120),
  phone: text(30),
  /** a saved address's id, NEW_ADDRESS for the typed one, "" when not chosen yet */
  addressId: text(64),
  address: z
    .object({ name: text(120), line1: text(200), line2: text(200), postalCode: text(10), city: text(100) })
    .catch({ name: "", line1: "", line2: "", postalCode: "", city: "" }),
  saveAddress: z.boolean().catch(false),
});

export type CheckoutDraft = z.output<typeof checkoutDraftSchema>;

export const EMPTY_DRAFT: CheckoutDraft = {
  email: "",
  name: "",
  phone: "",
  addressId: "",
  address: { name: "", line1: "", line2: "", postalCode: "", city: "" },
  saveAddress: false,
};

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The draft from the checkout form's fields (named as placeOrder's input: "contact.email"…). */
export function checkoutDraftFromForm(formData: FormData): CheckoutDraft {
  return checkoutDraftSchema.parse({
    email: field(formData, "contact.email"),
    name: field(formData, "contact.name"),
    phone: field(formData, "contact.phone"),
    addressId: field(formData, "addressId"),
    address: {
      name: field(formData, "address.name"),
      line1: field(formData, "address.line1"),
      line2: field(formData, "address.line2"),
      postalCode: field(formData, "address.postalCode"),
      city: field(formData, "address.city"),
    },
    saveAddress: formData.get("saveAddress") === "on",
  });
}

export function readCheckoutDraft(cookieValue: string | undefined): CheckoutDraft {
  if (!cookieValue) return EMPTY_DRAFT;
  try {
    const parsed = checkoutDraftSchema.safeParse(JSON.parse(cookieValue));
    return parsed.success ? parsed.data : EMPTY_DRAFT;
  } catch {
    return EMPTY_DRAFT; // a cookie we cannot read is as good as none
  }
}

export function serializeCheckoutDraft(draft: CheckoutDraft): string {
  return JSON.stringify(draft);
}
