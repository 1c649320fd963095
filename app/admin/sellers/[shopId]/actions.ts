"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { decidePayoutChange } from "@/lib/payouts/payout-change/decide-payout-change";
import { approveShop } from "@/lib/sellers/approve-shop";
import { reinstateShop } from "@/lib/sellers/reinstate-shop";
import { rejectShop } from "@/lib/sellers/reject-shop";
import { requestShopChanges } from "@/lib/sellers/request-shop-changes";
import { suspendShop } from "@/lib/sellers/suspend-shop";

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** After a decision: the lists and the public pages change, the detail says what was done. */
function done(shopId: string, outcome: string): never {
  revalidatePath("/admin", "layout");
  revalidatePath("/", "layout");
  redirect(`/admin/sellers/${encodeURIComponent(shopId)}?done=${outcome}`);
}

export async function approveShopAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "approveShop", async () => {
    const shopId = text(formData, "shopId");
    done(shopId, await approveShop(actor, { shopId }));
  });
}

export async function rejectShopAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "rejectShop", async () => {
    const shopId = text(formData, "shopId");
    await rejectShop(actor, { shopId, reason: text(formData, "reason") });
    done(shopId, "rejected");
  });
}

export async function requestShopChangesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "requestShopChanges", async () => {
    const shopId = text(formData, "shopId");
    await requestShopChanges(actor, { shopId, message: text(formData, "message") });
    done(shopId, "changes-requested");
  });
}

export async function suspendShopAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "suspendShop", async () => {
    const shopId = text(formData, "shopId");
    await suspendShop(actor, { shopId, reason: text(formData, "reason") });
    done(shopId, "suspended");
  });
}

export async function reinstateShopAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "reinstateShop", async () => {
    const shopId = text(formData, "shopId");
    await reinstateShop(actor, { shopId });
    done(shopId, "reinstated");
  });
}

/** A payout account change (docs/security.md, payout details): approved or refused, the very request the operator saw. */
export async function decidePayoutChangeAction(
  decision: "approved" | "refused",
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "decidePayoutChange", async () => {
    const shopId = text(formData, "shopId");
    await decidePayoutChange(actor, decision, { shopId, requestedAt: text(formData, "requestedAt") });
    done(shopId, `payout-${decision}`);
  });
}
