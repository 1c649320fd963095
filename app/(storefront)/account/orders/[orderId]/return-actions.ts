"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ReturnRequestFormState } from "@/components/orders/return-request-form";
import type { TransitionFormState } from "@/components/orders/transition-form";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { conflictOverride } from "@/lib/orders/order-form-errors";
import { requestReturn } from "@/lib/orders/request-return";
import { runTransitionForm } from "@/lib/orders/run-transition-form";
import { MOVED_ON } from "@/lib/orders/transition-shop-order";

// The shopper's return actions on one part (docs/domain.md, returns and escalations), bound to the
// order and the part by the page; the domain checks the part is theirs, the window and the state.

const orderPage = (orderId: string) => `/account/orders/${encodeURIComponent(orderId)}`;

/** "Report a problem or ask for a return": the kind, the reason and the photos, in one post. */
export async function requestReturnAction(
  orderId: string,
  shopOrderId: string,
  _previous: ReturnRequestFormState,
  formData: FormData,
): Promise<ReturnRequestFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const page = orderPage(orderId);
  const values = { returnKind: formText(formData, "returnKind"), reason: formText(formData, "reason") };
  const photos = formData.getAll("photos").filter((value): value is File => typeof value !== "string");
  let movedOn = false;
  const state = await runFormAction(
    t,
    "requestReturn",
    async () => {
      await requestReturn(actor, { shopOrderId, ...values, photos });
    },
    {
      fields: ["returnKind", "reason", "attachments"],
      overrides: conflictOverride(t, (error) => {
        movedOn = error.message === MOVED_ON;
      }),
    },
  );
  for (const path of [page, "/account/orders", "/dashboard/orders"]) revalidatePath(path);
  if (state.status === "success") redirect(`${page}?done=REQUEST_RETURN`);
  if (movedOn) redirect(`${page}?moved=1`);
  return { ...state, values };
}

/** "Escalate to the marketplace" after the shop refused: an optional note, and a confirm step. */
export async function escalateAction(
  orderId: string,
  shopOrderId: string,
  _previous: TransitionFormState,
  formData: FormData,
): Promise<TransitionFormState> {
  return runTransitionForm({
    shopOrderId,
    action: "ESCALATE",
    actorKind: "SHOPPER",
    formData,
    fields: ["reason"],
    confirm: true,
    page: orderPage(orderId),
    alsoRevalidate: ["/account/orders", "/admin/orders"],
  });
}
