"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { TestCardFormState } from "@/components/payments/test-card-form";
import { getActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { ORDER_ACCESS_COOKIE } from "@/lib/orders/order-access";
import { payWithTestCard } from "@/lib/payments/pay-with-test-card";

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** The test provider's "Pay" button: paid → the confirmation page; declined → the cart, with the reason. */
export async function payWithTestCardAction(
  orderId: string,
  _previous: TestCardFormState,
  formData: FormData,
): Promise<TestCardFormState> {
  const [{ t }, actor, jar] = await Promise.all([getT(), getActor(), cookies()]);
  const input = {
    cardNumber: text(formData.get("cardNumber")),
    expiry: text(formData.get("expiry")),
    cvc: text(formData.get("cvc")),
  };
  const state = await runFormAction(t, "payWithTestCard", async () => {
    const result = await payWithTestCard(actor, jar.get(ORDER_ACCESS_COOKIE)?.value, orderId, input);
    // The header's cart count (a layout) changes once paid products leave the cart.
    revalidatePath("/", "layout");
    redirect(result === "paid" ? `/checkout/complete/${encodeURIComponent(orderId)}` : "/cart?payment=declined");
  });
  return { ...state, values: { cardNumber: input.cardNumber, expiry: input.expiry } };
}
