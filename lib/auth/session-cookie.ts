import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { cookieOptions, isSecureDeployment } from "@/lib/http/cookie-options";
import { authOptions } from "./options";

// next-auth's session cookie (strategy "jwt"): "__Secure-" prefixed on https (useSecureCookies in
// lib/auth/options.ts); a large token is split in chunks (name.0, name.1, …).
const PLAIN_NAME = "next-auth.session-token";
const SECURE_NAME = `__Secure-${PLAIN_NAME}`;

function sessionCookieName(): string {
  return isSecureDeployment() ? SECURE_NAME : PLAIN_NAME;
}

function secret(): string | undefined {
  return process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
}

/**
 * Signs this browser out: removes the session cookie under both names and its chunks. A cookie
 * named "__Secure-…" can only be removed by a header that is itself Secure.
 */
export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    for (const name of [PLAIN_NAME, SECURE_NAME]) {
      if (cookie.name === name || cookie.name.startsWith(`${name}.`)) {
        jar.delete({ name: cookie.name, path: "/", secure: name === SECURE_NAME || isSecureDeployment() });
      }
    }
  }
}

/**
 * After a password change (docs/security.md, headers, cookies and sessions): this browser's
 * session is issued again with the account's new version, so it stays signed in while every
 * other session ends. Without a readable session nothing is written (the browser is then signed
 * out like the others).
 */
export async function reissueSessionCookie(sessionVersion: number): Promise<boolean> {
  const key = secret();
  if (!key) return false;
  const jar = await cookies();
  const name = sessionCookieName();
  const chunks = jar
    .getAll()
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  const value = jar.get(name)?.value ?? (chunks.length > 0 ? chunks.map((cookie) => cookie.value).join("") : undefined);
  if (!value) return false;
  const token = await decode({ token: value, secret: key }).catch(() => null);
  if (!token?.sub) return false;
  const maxAge = authOptions.session?.maxAge ?? 30 * 24 * 60 * 60;
  // encode() sets the times and id of the new token.
  const claims: Record<string, unknown> = { ...token, sessionVersion };
  for (const name of ["iat", "exp", "jti"]) delete claims[name];
  const issued = await encode({ token: claims, secret: key, maxAge });
  for (const chunk of chunks) jar.delete({ name: chunk.name, path: "/", secure: isSecureDeployment() });
  jar.set(name, issued, cookieOptions({ maxAge }));
  return true;
}
