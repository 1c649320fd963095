"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { CART_COOKIE } from "@/lib/cart/cart-owner";
import {
  CHECKOUT_DRAFT_COOKIE,
  CHECKOUT_DRAFT_COOKIE_MAX_AGE,
  checkoutDraftFromForm,
  NEW_ADDRESS,
  serializeCheckoutDraft,
} from "@/lib/checkout/checkout-draft";
import { isCheckoutRefusal, type CheckoutRefusal } from "@/lib/checkout/checkout-refusal";
import { placeOrder } from "@/lib/checkout/place-order";
import { AppError, isAppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { ORDER_ACCESS_COOKIE, ORDER_ACCESS_COOKIE_MAX_AGE } from "@/lib/orders/order-access";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import type { CheckoutFormState } from "@/components/checkout/checkout-form";

const cookieOptions = (maxAge: number, path = "/") => ({ path, httpOnly: true, sameSite: "lax" as const, maxAge });

/**
 * The checkout form: "update delivery options" keeps what was typed and shows the page again for
 * that address; "pay" places the order (one domain call), lets this browser reopen it (the order's
 * access cookie) and goes to the payment provider. A refusal names the products or shops at fault
 * and shows the page again with fresh totals; the fields are kept.
 */
export async function submitCheckout(_previous: CheckoutFormState, formData: FormData): Promise<CheckoutFormState> {
  const [actor, { locale, t }, jar] = await Promise.all([getActor(), getT(), cookies()]);
  const draft = checkoutDraftFromForm(formData);
  const termsAccepted = formData.get("termsAccepted") === "on";
  jar.set(
    CHECKOUT_DRAFT_COOKIE,
    serializeCheckoutDraft(draft),
    cookieOptions(CHECKOUT_DRAFT_COOKIE_MAX_AGE, "/checkout"),
  );
  if (formData.get("intent") === "update") redirect("/checkout");

  const addressId = draft.addressId !== "" && draft.addressId !== NEW_ADDRESS ? draft.addressId : undefined;
  let refusal: CheckoutRefusal | null = null;
  let paymentUrl: string | null = null;
  const state = await runFormAction(t, "placeOrder", async () => {
    try {
      const placed = await placeOrder(actor, {
        guestToken: jar.get(CART_COOKIE)?.value,
        idempotencyKey: formData.get("idempotencyKey"),
        contact: { email: draft.email, name: draft.name, phone: draft.phone },
        addressId,
        address: addressId ? undefined : draft.address,
        saveAddress: draft.saveAddress,
        termsAccepted,
        expectedTotalAmount: formData.get("expectedTotalAmount"),
      });
      jar.set(ORDER_ACCESS_COOKIE, placed.accessToken, cookieOptions(ORDER_ACCESS_COOKIE_MAX_AGE));
      // A second submit of an order already paid lands on its confirmation instead.
      paymentUrl = await startOrderPayment(placed.orderId).catch((error: unknown) => {
        if (isAppError(error, "NOT_FOUND")) return `/checkout/complete/${placed.orderId}`;
        throw error;
      });
    } catch (error) {
      if (isCheckoutRefusal(error)) refusal = error;
      else if (isAppError(error, "NOT_FOUND") && addressId)
        throw new AppError("VALIDATION", "address not found", { addressId: "checkout.errors.addressNotFound" });
      else throw error;
    }
  });
  if (paymentUrl) redirect(paymentUrl);
  const values = { ...draft, termsAccepted };
  if (refusal) {
    const { reason, names } = refusal as CheckoutRefusal;
    revalidatePath("/checkout");
    const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
    return { status: "error", fieldErrors: { form: t(`checkout.errors.refusals.${reason}`, { names: list }) }, values };
  }
  return { ...state, values };
}
