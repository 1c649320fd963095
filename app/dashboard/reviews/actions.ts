"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TransitionFormState } from "@/components/orders/transition-form";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { replyToReview } from "@/lib/reviews/reply-to-review";

// The shop's public reply to a review (docs/trust.md, reviews), bound to the review by the page;
// replyToReview checks the review is of one of the vendor's shops, published and unanswered.
export async function replyToReviewAction(
  reviewId: string,
  _previous: TransitionFormState,
  formData: FormData,
): Promise<TransitionFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const values = { reply: formText(formData, "reply") };
  const state = await runFormAction(
    t,
    "replyToReview",
    async () => {
      await replyToReview(actor, { reviewId, reply: values.reply });
    },
    { fields: ["reply"] },
  );
  revalidatePath("/dashboard/reviews");
  if (state.status === "success") redirect("/dashboard/reviews?done=replied");
  return { ...state, values, confirming: false };
}
