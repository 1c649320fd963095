import { appUrl } from "@/lib/app-url";

/**
 * Whether the marketplace is served over https (its configured address, APP_URL or NEXTAUTH_URL):
 * then every cookie is `Secure` and the proxy sends HSTS (docs/security.md, headers, cookies and
 * sessions). Read from the configuration, not from the request, so that a server behind a
 * TLS-terminating proxy (which sees http) still marks its cookies.
 */
export function isSecureDeployment(): boolean {
  return new URL(appUrl("/")).protocol === "https:";
}

export type CookieOptions = {
  path: string;
  httpOnly: boolean;
  sameSite: "lax";
  secure: boolean;
  maxAge?: number;
};

/**
 * The options of every cookie Halle sets: `Secure` on https, `SameSite=Lax`, and `HttpOnly` unless
 * the browser's own script has to read it (say so at the call site with `httpOnly: false`).
 */
export function cookieOptions(options: { maxAge?: number; path?: string; httpOnly?: boolean } = {}): CookieOptions {
  return {
    path: options.path ?? "/",
    httpOnly: options.httpOnly ?? true,
    sameSite: "lax",
    secure: isSecureDeployment(),
    ...(options.maxAge === undefined ? {} : { maxAge: options.maxAge }),
  };
}
