"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { readReviewForm, reviewFormField, type ReviewFormState } from "@/lib/reviews/read-review-form";
import { writeReview } from "@/lib/reviews/write-review";

// The shopper's review of one part of their order (docs/trust.md, reviews), bound to the order and
// the part by the page; writeReview checks the order is theirs, the part confirmed and not reviewed.
export async function writeReviewAction(
  orderId: string,
  shopOrderId: string,
  _previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const [actor, { locale, t }] = await Promise.all([getActor(), getT()]);
  const page = `/account/orders/${encodeURIComponent(orderId)}`;
  const { values, input, lineIds } = readReviewForm(formData, shopOrderId);
  const fields = ["rating", "comment", "products"];
  for (const index of lineIds.keys()) fields.push(`products.${index}.rating`, `products.${index}.comment`);
  for (const index of lineIds.keys()) fields.push(`products.${index}.orderLineId`);
  const state = await runFormAction(
    t,
    "writeReview",
    async () => {
      await writeReview(actor, { ...input, locale });
    },
    { fields },
  );
  revalidatePath(page);
  if (state.status === "success") redirect(`${page}?reviewed=${encodeURIComponent(shopOrderId)}`);
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([field, message]) => [reviewFormField(field, lineIds), message]),
  );
  return { ...state, fieldErrors, values };
}
