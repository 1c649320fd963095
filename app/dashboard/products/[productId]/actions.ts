"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { addProductImages } from "@/lib/catalog/products/add-product-images";
import { deleteProducts } from "@/lib/catalog/products/delete-products";
import { readPhotoFiles, readProductForm, withMissingList } from "@/lib/catalog/products/product-form-data";
import { setProductsStatus } from "@/lib/catalog/products/set-products-status";
import { updateProduct } from "@/lib/catalog/products/update-product";
import { updateProductImages } from "@/lib/catalog/products/update-product-images";
import { AppError } from "@/lib/errors";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { withSubmittedValues, type StepFormState } from "@/lib/onboarding/step-form-state";

// Every action is a public POST endpoint: each one passes the actor to a domain function that
// checks the product belongs to one of the vendor's shops.

function revalidateProduct(productId: string) {
  revalidatePath(`/dashboard/products/${productId}`);
  revalidatePath("/dashboard/products");
  // The storefront lists (home, shop pages, search) may show the product.
  revalidatePath("/", "layout");
}

export async function updateProductAction(
  productId: string,
  _previous: StepFormState,
  formData: FormData,
): Promise<StepFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const state = await runFormAction(t, "updateProduct", async () => {
    const { fields, status } = readProductForm(formData);
    await updateProduct(actor, { productId, locale, fields, status });
    revalidateProduct(productId);
    return t("products.form.saved");
  });
  return withSubmittedValues(withMissingList(state), formData);
}

export async function addProductImagesAction(
  productId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "addProductImages", async () => {
    await addProductImages(actor, { productId, files: await readPhotoFiles(formData) });
    revalidateProduct(productId);
    return t("products.photos.added");
  });
}

/** One form for the photo list: save the alt texts, move a photo up or down, or remove one. */
export async function updateProductImagesAction(
  productId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "updateProductImages", async () => {
    const order = formData.getAll("order").filter((value): value is string => typeof value === "string");
    const alt: Record<string, string> = {};
    for (const id of order) {
      const text = formData.get(`alt.${id}`);
      if (typeof text === "string") alt[id] = text;
    }
    const intent = String(formData.get("intent") ?? "save");
    const [verb, target] = intent.split(":");
    const remove: string[] = [];
    const index = target ? order.indexOf(target) : -1;
    if (verb !== "save" && index < 0) throw new AppError("CONFLICT");
    if (verb === "up" && index > 0) [order[index - 1], order[index]] = [order[index], order[index - 1]];
    if (verb === "down" && index < order.length - 1)
      [order[index + 1], order[index]] = [order[index], order[index + 1]];
    if (verb === "remove") {
      order.splice(index, 1);
      delete alt[target];
      remove.push(target);
    }
    await updateProductImages(actor, productId, { order, alt, remove });
    revalidateProduct(productId);
    return t("products.photos.saved");
  });
}

export async function setProductStatusAction(
  productId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  const status = formData.get("status") === "ACTIVE" ? "ACTIVE" : "DRAFT";
  const state = await runFormAction(t, "setProductStatus", async () => {
    const result = await setProductsStatus(actor, { productIds: [productId], status });
    if (result.held.length > 0)
      throw new AppError("CONFLICT", "moderation hold", { form: "security.review.moderation.held" });
    const refused = result.refused[0];
    if (refused) {
      const fieldErrors: Record<string, string> = { form: "products.publish.missingIntro" };
      for (const reason of refused.reasons) fieldErrors[`missing.${reason}`] = `products.publish.missing.${reason}`;
      throw new AppError("VALIDATION", "publish refused", fieldErrors);
    }
    revalidateProduct(productId);
    return t(status === "ACTIVE" ? "products.editor.published" : "products.editor.unpublished");
  });
  return withMissingList(state);
}

/** Bound to the product; the form state and data are not needed (the confirmation is the form). */
export async function deleteProductAction(productId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "deleteProduct", async () => {
    await deleteProducts(actor, { productIds: [productId] });
    revalidatePath("/dashboard/products");
    revalidatePath("/", "layout");
    redirect("/dashboard/products");
  });
}
