"use server";

import { getActor } from "@/lib/auth/session";

/** Where a user lands after signing in when no callbackUrl says otherwise: their role's home. */
export async function getMyLandingPath(): Promise<string> {
  const actor = await getActor();
  if (actor?.role === "VENDOR") return "/dashboard";
  if (actor?.role === "OPERATOR") return "/admin";
  return "/";
}
