"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { createProduct } from "@/lib/catalog/products/create-product";
import { readPhotoFiles, readProductForm, withMissingList } from "@/lib/catalog/products/product-form-data";
import { renderMarkdown } from "@/lib/catalog/render-markdown";
import { PRODUCT_LIMITS } from "@/lib/catalog/product-schema";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { withSubmittedValues, type StepFormState } from "@/lib/onboarding/step-form-state";

/** Creates a product in the shop the page was showing (the domain checks it is the vendor's). */
export async function createProductAction(
  shopId: string,
  _previous: StepFormState,
  formData: FormData,
): Promise<StepFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const state = await runFormAction(t, "createProduct", async () => {
    const { fields, status } = readProductForm(formData);
    const product = await createProduct(actor, {
      shopId,
      locale,
      fields,
      status,
      photos: await readPhotoFiles(formData),
    });
    revalidatePath("/dashboard/products", "layout");
    if (status === "ACTIVE") revalidatePath("/", "layout");
    redirect(`/dashboard/products/${product.id}?created=1`);
  });
  return withSubmittedValues(withMissingList(state), formData);
}

/** The description's preview, rendered by the same safe renderer as the product page. */
export async function previewMarkdownAction(source: string): Promise<string> {
  const actor = await getActor();
  if (!hasRole(actor, "VENDOR") || typeof source !== "string") return "";
  return renderMarkdown(source.slice(0, PRODUCT_LIMITS.description));
}
