"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { REF_COOKIE } from "@/lib/ambassadors/ambassador-code";
import { getActor } from "@/lib/auth/session";
import { CART_COOKIE } from "@/lib/cart/cart-owner";
import {
  CHECKOUT_DRAFT_COOKIE,
  CHECKOUT_DRAFT_COOKIE_MAX_AGE,
  checkoutDraftFromForm,
  NEW_ADDRESS,
  serializeCheckoutDraft,
} from "@/lib/checkout/checkout-draft";
import { isCheckoutRefusal } from "@/lib/checkout/checkout-refusal";
import { placeOrder } from "@/lib/orders/place-order";
import { isAppError, type AppError } from "@/lib/errors";
import { runFormAction, type Refusal } from "@/lib/forms/form-state";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { getT } from "@/lib/i18n/server";
import { cookieOptions as secureCookieOptions } from "@/lib/http/cookie-options";
import { ORDER_ACCESS_COOKIE, ORDER_ACCESS_COOKIE_MAX_AGE } from "@/lib/orders/order-access";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import type { CheckoutFormState } from "@/components/checkout/checkout-form";

// Secure on https (docs/security.md): the draft holds the shopper's name, address and phone.
const cookieOptions = (maxAge: number, path = "/") => secureCookieOptions({ maxAge, path });

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
  // A refusal names the products or shops at fault and shows the page again with fresh totals.
  const refusal = (error: AppError): Refusal | undefined => {
    if (!isCheckoutRefusal(error)) return undefined;
    revalidatePath("/checkout");
    const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(error.names);
    return { fieldErrors: { form: t(`checkout.errors.refusals.${error.reason}`, { names }) } };
  };
  let paymentUrl: string | null = null;
  const state = await runFormAction(
    t,
    "placeOrder",
    async () => {
      const placed = await placeOrder(actor, {
        guestToken: jar.get(CART_COOKIE)?.value,
        idempotencyKey: formData.get("idempotencyKey"),
        contact: { email: draft.email, name: draft.name, phone: draft.phone },
        addressId,
        address: addressId ? undefined : draft.address,
        saveAddress: draft.saveAddress,
        termsAccepted,
        expectedTotalAmount: formData.get("expectedTotalAmount"),
        // The ambassador whose link brought this browser (set by the proxy); placeOrder checks it.
        ambassadorCode: jar.get(REF_COOKIE)?.value,
        // Its order rate limit (docs/security.md): the address the custom server established.
        clientAddress: clientAddressFromHeaders(await headers()),
      });
      jar.set(ORDER_ACCESS_COOKIE, placed.accessToken, cookieOptions(ORDER_ACCESS_COOKIE_MAX_AGE));
      // A second submit of an order already paid lands on its confirmation instead.
      paymentUrl = await startOrderPayment(placed.orderId).catch((error: unknown) => {
        if (isAppError(error, "NOT_FOUND")) return `/checkout/complete/${placed.orderId}`;
        throw error;
      });
    },
    {
      overrides: {
        CONFLICT: refusal,
        OUT_OF_STOCK: refusal,
        // The saved address chosen is gone (deleted in another tab): said beside the address choice.
        NOT_FOUND: () =>
          addressId
            ? { fieldErrors: { addressId: t("checkout.errors.addressNotFound") }, message: t("forms.errors.summary") }
            : undefined,
      },
    },
  );
  if (paymentUrl) redirect(paymentUrl);
  return { ...state, values: { ...draft, termsAccepted } };
}
