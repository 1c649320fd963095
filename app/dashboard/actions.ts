"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { cookieOptions } from "@/lib/http/cookie-options";
import { CURRENT_SHOP_COOKIE } from "@/lib/shops/get-current-shop";
import { selectCurrentShop } from "@/lib/shops/select-current-shop";

// Back to the page the switcher was on, unless it belongs to one shop (its setup pages).
function returnPath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !/^\/dashboard(\/[\w-]+)*$/.test(value) || value.startsWith("/dashboard/shops/"))
    return "/dashboard";
  return value;
}

/** The shop switcher: remembers the chosen shop once the server has checked it is the vendor's own. */
export async function switchShop(formData: FormData): Promise<void> {
  const actor = await getActor();
  const shopId = formData.get("shopId");
  try {
    const shop = await selectCurrentShop(actor, typeof shopId === "string" ? shopId : "");
    (await cookies()).set(CURRENT_SHOP_COOKIE, shop.id, cookieOptions({ maxAge: 60 * 60 * 24 * 365 }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "UNAUTHENTICATED") redirect("/sign-in?callbackUrl=%2Fdashboard");
    // Not one of the vendor's shops: nothing is remembered, the dashboard shows the usual one.
    console.warn("switchShop refused", { actorId: actor?.id, code: error.code });
  }
  redirect(returnPath(formData.get("returnTo")));
}
