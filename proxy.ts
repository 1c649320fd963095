import { NextResponse, type NextRequest } from "next/server";
import { normaliseAmbassadorCode, REF_PARAM } from "@/lib/ambassadors/ambassador-code";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";
import { isSecureDeployment } from "@/lib/http/cookie-options";

// Not pages: the ambassador redirect leaves them alone (as its matcher did before the CSP).
const NOT_PAGES = /^\/(?:_next\/|api\/|files\/|favicon\.ico|robots\.txt|sitemap\.xml)/;

// Routes answering private files set their own sandboxing policy (privateFileHeaders,
// lib/files/content-disposition.ts); a header set here would win over theirs, so none is set.
const PRIVATE_FILE_ROUTES = /^\/(?:orders\/attachments\/|support\/attachments\/|admin\/sellers\/[^/]+\/document$)/;

/**
 * Ambassador links (docs/business-models.md, ambassadors): a page opened with `?ref=CODE` goes through
 * /r, which counts the click, sets the referral cookie (its lifetime is a setting, read from the
 * database there, not here) and sends the visitor on to the same page without `ref`, so the
 * address they copy or bookmark does not carry the code along. A `ref` that cannot be a code is
 * just dropped. Only GET and HEAD: a form posted to an address with `ref` is left alone.
 */
function ambassadorRedirect(request: NextRequest): NextResponse | null {
  const url = request.nextUrl;
  if (!url.searchParams.has(REF_PARAM) || NOT_PAGES.test(url.pathname)) return null;
  if ((request.method !== "GET" && request.method !== "HEAD") || url.pathname === "/r") return null;
  const code = normaliseAmbassadorCode(url.searchParams.get(REF_PARAM));
  const landing = url.clone();
  landing.searchParams.delete(REF_PARAM);
  if (!code) return NextResponse.redirect(landing);
  const to = `${landing.pathname}${landing.search}`;
  const referral = new URL("/r", url);
  referral.search = new URLSearchParams({ [REF_PARAM]: code, to }).toString();
  return NextResponse.redirect(referral);
}

/**
 * Every request but Next's static assets, images and public files (docs/security.md, headers,
 * cookies and sessions): the ambassador redirect, then the Content-Security-Policy with a fresh
 * nonce, set on the request (Next.js reads the nonce there and puts it on its scripts; pages are
 * rendered per request, the root layout reads the language cookie) and on the response; HSTS when
 * the marketplace is on https. The other security headers are static: next.config.ts.
 */
export function proxy(request: NextRequest) {
  const redirect = ambassadorRedirect(request);
  if (redirect) return redirect;
  if (PRIVATE_FILE_ROUTES.test(request.nextUrl.pathname)) return NextResponse.next();

  const https = isSecureDeployment();
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV === "development",
    https,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Not Next's assets and images, the public files (/files/, served with their own policy)
      // or the icons in public/; not prefetches (no HTML: the page's own request carries the CSP).
      source: "/((?!_next/static|_next/image|files/|[^/]+\\.(?:ico|png|svg)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
