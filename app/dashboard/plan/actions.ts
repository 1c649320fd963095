"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TestCardFormState } from "@/components/payments/test-card-form";
import { cancelSubscription, resumeSubscription } from "@/lib/billing/cancel-subscription";
import { changePlan } from "@/lib/billing/change-plan";
import { payRentTerm } from "@/lib/billing/pay-rent-term";
import { payRentWithTestCard } from "@/lib/billing/pay-rent-with-test-card";
import type { RentPaymentMethod } from "@/lib/billing/schemas";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";

const PATH = "/dashboard/plan";

function done(status: string): never {
  revalidatePath(PATH);
  revalidatePath("/dashboard", "layout");
  redirect(`${PATH}?status=${status}`);
}

/** The shop and the plan come from the page; the domain checks the shop is the actor's and the plan offered. */
export async function changePlanAction(shopId: string, planId: string): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  return runFormAction(t, "changePlan", async () => {
    const outcome = await changePlan(actor, shopId, { planId });
    done(outcome.kind);
  });
}

export async function cancelSubscriptionAction(shopId: string): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  return runFormAction(t, "cancelSubscription", async () => {
    await cancelSubscription(actor, shopId);
    done("cancelled");
  });
}

export async function resumeSubscriptionAction(shopId: string): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  return runFormAction(t, "resumeSubscription", async () => {
    await resumeSubscription(actor, shopId);
    done("resumed");
  });
}

export async function payRentAction(
  shopId: string,
  planId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const method = formData.get("method");
  return runFormAction(t, "payRentTerm", async () => {
    const outcome = await payRentTerm(actor, shopId, {
      planId,
      // the domain refuses anything but BALANCE or CARD on `method`
      method: (typeof method === "string" ? method : "") as RentPaymentMethod,
    });
    if (outcome.kind === "redirect") redirect(outcome.url);
    done("rent-paid");
  });
}

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** The test provider's "Pay" button for a rent charge: back to the plan page, paid or declined. */
export async function payRentWithTestCardAction(
  chargeId: string,
  _previous: TestCardFormState,
  formData: FormData,
): Promise<TestCardFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const input = {
    cardNumber: text(formData.get("cardNumber")),
    expiry: text(formData.get("expiry")),
    cvc: text(formData.get("cvc")),
  };
  const state = await runFormAction(t, "payRentWithTestCard", async () => {
    const result = await payRentWithTestCard(actor, chargeId, input);
    done(result === "paid" ? "rent-paid" : "rent-declined");
  });
  return { ...state, values: { cardNumber: input.cardNumber, expiry: input.expiry } };
}
