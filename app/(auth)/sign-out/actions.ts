"use server";

import { redirect } from "next/navigation";
import { clearSessionCookies } from "@/lib/auth/session-cookie";

// The session is a JWT in a cookie (next-auth, strategy "jwt"): signing out is deleting it. Done
// as a server action so that no next-auth client code ships on every page, and it works without
// JavaScript. clearSessionCookies removes both names (__Secure- on https) and their chunks.
export async function signOutAction(): Promise<void> {
  await clearSessionCookies();
  redirect("/");
}
