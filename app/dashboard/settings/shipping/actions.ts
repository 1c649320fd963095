"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { createShippingClass } from "@/lib/shops/shipping-classes/create-shipping-class";
import { deleteShippingClass } from "@/lib/shops/shipping-classes/delete-shipping-class";
import { updateShippingClass } from "@/lib/shops/shipping-classes/update-shipping-class";
import { updateShippingPolicy } from "@/lib/shops/shipping-classes/update-shipping-policy";

const PATH = "/dashboard/settings/shipping";

export type ShippingClassFormState = FormState<{
  values?: { name: string; localCourierFee: string; postalFee: string };
}>;

function fieldsOf(formData: FormData) {
  return {
    name: formData.get("name"),
    localCourierFee: formData.get("localCourierFee"),
    postalFee: formData.get("postalFee"),
  };
}

/** After an error the form shows again what was typed (React resets a form to its defaults). */
function keepTyped(state: FormState, formData: FormData): ShippingClassFormState {
  if (state.status !== "error") return state;
  const text = (name: string) => String(formData.get(name) ?? "");
  return {
    ...state,
    values: { name: text("name"), localCourierFee: text("localCourierFee"), postalFee: text("postalFee") },
  };
}

/** The shop comes from the page (the current shop); the domain checks it is the actor's. */
export async function createShippingClassAction(
  shopId: string,
  _previous: ShippingClassFormState,
  formData: FormData,
): Promise<ShippingClassFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const state = await runFormAction(t, "createShippingClass", async () => {
    await createShippingClass(actor, shopId, fieldsOf(formData), locale);
    revalidatePath(PATH);
    return t("productList.shipping.created");
  });
  return keepTyped(state, formData);
}

export async function updateShippingClassAction(
  shippingClassId: string,
  _previous: ShippingClassFormState,
  formData: FormData,
): Promise<ShippingClassFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const state = await runFormAction(t, "updateShippingClass", async () => {
    await updateShippingClass(actor, shippingClassId, fieldsOf(formData), locale);
    revalidatePath(PATH);
    return t("productList.shipping.saved");
  });
  return keepTyped(state, formData);
}

export async function deleteShippingClassAction(shippingClassId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "deleteShippingClass", async () => {
    await deleteShippingClass(actor, shippingClassId);
    revalidatePath(PATH);
    revalidatePath("/dashboard/products");
    return t("productList.shipping.deleted");
  });
}

export type ShippingPolicyFormState = FormState<{
  values?: { shippingFeeMode: string; freeShippingThreshold: string };
}>;

/** The current shop's fee calculation mode and free-shipping threshold (the domain checks the shop is the actor's). */
export async function updateShippingPolicyAction(
  shopId: string,
  _previous: ShippingPolicyFormState,
  formData: FormData,
): Promise<ShippingPolicyFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const input = {
    shippingFeeMode: formData.get("shippingFeeMode"),
    freeShippingThreshold: formData.get("freeShippingThreshold"),
  };
  const state = await runFormAction(t, "updateShippingPolicy", async () => {
    await updateShippingPolicy(actor, shopId, input, locale);
    revalidatePath(PATH);
    return t("productList.shipping.policy.saved");
  });
  if (state.status !== "error") return state;
  return {
    ...state,
    values: {
      shippingFeeMode: String(input.shippingFeeMode ?? ""),
      freeShippingThreshold: String(input.freeShippingThreshold ?? ""),
    },
  };
}
