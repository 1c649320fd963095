"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// The session is a JWT in a cookie (next-auth, strategy "jwt"): signing out is deleting it. Done
// as a server action so that no next-auth client code ships on every page, and it works without
// JavaScript. Both cookie names: next-auth prefixes them with __Secure- on https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    if (jar.get(name)) jar.delete(name);
    // Large sessions are split in chunks (name.0, name.1, …).
    for (const cookie of jar.getAll()) if (cookie.name.startsWith(`${name}.`)) jar.delete(cookie.name);
  }
  redirect("/");
}
