"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TransitionFormState } from "@/components/orders/transition-form";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { hideReview } from "@/lib/reviews/hide-review";
import { showReview } from "@/lib/reviews/show-review";

// The operators' moderation of reviews (docs/trust.md, reviews), bound to the review and the list's
// filters by the page; hideReview and showReview check the operator and the review's state.

/** The list's filters, as known parameters only (the bound text is never used as a URL itself). */
function listPath(filters: string, done: "hidden" | "shown"): string {
  const given = new URLSearchParams(filters);
  const params = new URLSearchParams();
  for (const key of ["status", "shop", "stars", "page"]) {
    const value = given.get(key);
    if (value && /^[A-Za-z0-9_-]{1,64}$/.test(value)) params.set(key, value);
  }
  params.set("done", done);
  return `/admin/reviews?${params.toString()}`;
}

/** "Hide": the reason, then a confirm step (the first post only asks to confirm). */
export async function hideReviewAction(
  reviewId: string,
  filters: string,
  _previous: TransitionFormState,
  formData: FormData,
): Promise<TransitionFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const values = { reason: formText(formData, "reason") };
  const intent = formText(formData, "intent");
  if (intent === "back") return { status: "idle", fieldErrors: {}, values };
  if (intent !== "confirm") {
    if (!values.reason.trim())
      return {
        status: "error",
        fieldErrors: { reason: t("reviews.errors.reasonRequired") },
        message: t("forms.errors.summary"),
        values,
      };
    return { status: "idle", fieldErrors: {}, values, confirming: true };
  }
  const state = await runFormAction(
    t,
    "hideReview",
    async () => {
      await hideReview(actor, { reviewId, reason: values.reason });
    },
    { fields: ["reason"] },
  );
  revalidatePath("/admin/reviews");
  if (state.status === "success") redirect(listPath(filters, "hidden"));
  return { ...state, values, confirming: false };
}

/** "Show again": no field, no confirmation (it undoes a hide). */
export async function showReviewAction(
  reviewId: string,
  filters: string,
  previous: TransitionFormState,
): Promise<TransitionFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const state = await runFormAction(t, "showReview", async () => {
    await showReview(actor, { reviewId });
  });
  revalidatePath("/admin/reviews");
  if (state.status === "success") redirect(listPath(filters, "shown"));
  return { ...state, values: previous.values, confirming: false };
}
