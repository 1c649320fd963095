"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { liftProductHold } from "@/lib/catalog/moderation/lift-product-hold";
import { unpublishProduct } from "@/lib/catalog/moderation/unpublish-product";
import { parseModerationFilter } from "@/lib/catalog/moderation/schemas";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { moderationHref } from "./list-href";

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function unpublishProductAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "unpublishProduct", async () => {
    await unpublishProduct(actor, { productId: text(formData, "productId"), reason: text(formData, "reason") });
    // The operator's lists and every public page listing products change.
    revalidatePath("/admin", "layout");
    revalidatePath("/", "layout");
    const page = Number.parseInt(text(formData, "page"), 10);
    redirect(
      moderationHref({
        filter: parseModerationFilter(text(formData, "status")),
        query: text(formData, "q").trim().slice(0, 100),
        page: Number.isNaN(page) ? 1 : page,
        done: "unpublished",
      }),
    );
  });
}

/** Only an operator lifts a moderation hold (docs/security.md, moderation); the product stays a draft. */
export async function liftProductHoldAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "liftProductHold", async () => {
    await liftProductHold(actor, { productId: text(formData, "productId") });
    revalidatePath("/admin", "layout");
    revalidatePath("/dashboard/products", "layout");
    const page = Number.parseInt(text(formData, "page"), 10);
    redirect(
      moderationHref({
        filter: parseModerationFilter(text(formData, "status")),
        query: text(formData, "q").trim().slice(0, 100),
        page: Number.isNaN(page) ? 1 : page,
        done: "lifted",
      }),
    );
  });
}
