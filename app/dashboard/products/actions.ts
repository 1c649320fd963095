"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { deleteProducts } from "@/lib/catalog/products/delete-products";
import { quickEditProduct } from "@/lib/catalog/products/quick-edit-product";
import { setProductsStatus, type ProductStatusTarget } from "@/lib/catalog/products/set-products-status";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import { getT } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { BULK_IDLE, type BulkState } from "./bulk-state";
import { pluralForm } from "./plural";

const STATUS_OF_ACTION: Record<string, ProductStatusTarget> = {
  publish: "ACTIVE",
  draft: "DRAFT",
  archive: "ARCHIVED",
};

function revalidateCatalogue() {
  revalidatePath("/dashboard/products");
  // Product visibility changes what shoppers see on shop pages and the home page.
  revalidatePath("/shops/[slug]", "page");
  revalidatePath("/");
}

/** "une photo, un prix" — the items a product lacks, joined the locale's way. */
function missingList(t: Translate, locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(
    items.map((item) => t(`products.publish.missing.${item}` as MessageKey)),
  );
}

export async function applyBulkAction(_previous: BulkState, formData: FormData): Promise<BulkState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const productIds = formData.getAll("productIds").map(String);
  // The no-JavaScript confirmation step sends the action again beside the (reset) select.
  const action =
    formData
      .getAll("bulkAction")
      .map(String)
      .find((value) => value !== "") ?? "";
  let refused: string[] = [];
  if (action !== "delete" && !STATUS_OF_ACTION[action]) {
    return { ...BULK_IDLE, status: "error", fieldErrors: { bulkAction: t("productList.errors.chooseAction") } };
  }
  if (action === "delete" && !formData.getAll("confirm").includes("yes") && productIds.length > 0) {
    return { ...BULK_IDLE, confirmDelete: productIds };
  }
  const state = await runFormAction(t, "applyBulkAction", async () => {
    if (action === "delete") {
      const { deleted, archived } = await deleteProducts(actor, { productIds });
      revalidateCatalogue();
      const parts = [];
      if (deleted.length > 0)
        parts.push(t(`productList.bulk.deleted.${pluralForm(locale, deleted.length)}`, { count: deleted.length }));
      if (archived.length > 0)
        parts.push(t(`productList.bulk.archived.${pluralForm(locale, archived.length)}`, { count: archived.length }));
      return parts.join(" ");
    }
    const result = await setProductsStatus(actor, { productIds, status: STATUS_OF_ACTION[action] });
    revalidateCatalogue();
    refused = result.refused.map((product) =>
      t("productList.bulk.refusedItem", { title: product.title, missing: missingList(t, locale, product.reasons) }),
    );
    // Products on moderation hold are skipped and counted (docs/security.md, moderation).
    if (result.held.length > 0) refused.push(t("security.review.moderation.bulkHeld", { count: result.held.length }));
    // When every product was refused, the list of refusals says it all.
    if (result.updated.length === 0 && refused.length > 0) return "";
    return t(`productList.bulk.updated.${pluralForm(locale, result.updated.length)}`, { count: result.updated.length });
  });
  return { ...state, refused, confirmDelete: [] };
}

export type QuickEditState = FormState<{ savedAt?: number }>;

export async function quickEditAction(_previous: QuickEditState, formData: FormData): Promise<QuickEditState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const state = await runFormAction(t, "quickEditProduct", async () => {
    await quickEditProduct(actor, {
      productId: formText(formData, "productId"),
      locale,
      price: formText(formData, "price"),
      stock: formText(formData, "stock"),
      status: formText(formData, "status"),
      updatedAt: formText(formData, "updatedAt"),
    });
    revalidateCatalogue();
    return t("productList.quickEdit.saved");
  });
  if (state.status !== "error") return { ...state, savedAt: Date.now() };
  // The publish rule's refusal: one sentence naming what is missing, on the field it concerns.
  const missing = Object.keys(state.fieldErrors).filter((field) => field.startsWith("publishMissing."));
  if (missing.length === 0) return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).filter(([field]) => !field.startsWith("publishMissing.")),
  );
  const sentence = `${t("products.publish.missingIntro")} ${missingList(
    t,
    locale,
    missing.map((field) => field.slice("publishMissing.".length)),
  )}`;
  const field = fieldErrors.price ? "price" : "status";
  fieldErrors[field] = field === "price" ? `${fieldErrors.price} ${sentence}` : sentence;
  return { ...state, fieldErrors };
}
