import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { CURRENT_SHOP_COOKIE, getCurrentShop, type CurrentShop } from "./get-current-shop";

/**
 * The current shop of this request, from the vendor's cookie (see getCurrentShop for the rule).
 * Cached per request: the dashboard layout and its page read it once.
 */
export const getDashboardShop = cache(async (actor: Actor | null): Promise<CurrentShop | null> => {
  return getCurrentShop(actor, (await cookies()).get(CURRENT_SHOP_COOKIE)?.value);
});
