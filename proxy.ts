import { NextResponse, type NextRequest } from "next/server";
import { normaliseAmbassadorCode, REF_PARAM } from "@/lib/ambassadors/ambassador-code";

/**
 * Ambassador links (docs/business-models.md, ambassadors): a page opened with `?ref=CODE` goes through
 * /r, which counts the click, sets the referral cookie (its lifetime is a setting, read from the
 * database there, not here) and sends the visitor on to the same page without `ref`, so the
 * address they copy or bookmark does not carry the code along. A `ref` that cannot be a code is
 * just dropped. Only GET and HEAD: a form posted to an address with `ref` is left alone.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  if ((request.method !== "GET" && request.method !== "HEAD") || url.pathname === "/r") return NextResponse.next();
  const code = normaliseAmbassadorCode(url.searchParams.get(REF_PARAM));
  const landing = url.clone();
  landing.searchParams.delete(REF_PARAM);
  if (!code) return NextResponse.redirect(landing);
  const to = `${landing.pathname}${landing.search}`;
  const referral = new URL("/r", url);
  referral.search = new URLSearchParams({ [REF_PARAM]: code, to }).toString();
  return NextResponse.redirect(referral);
}

export const config = {
  matcher: [
    {
      // Pages only: not Next's assets, API routes or files; and only when the query has `ref`.
      source: "/((?!_next/|api/|files/|favicon.ico|robots.txt|sitemap.xml).*)",
      has: [{ type: "query", key: "ref" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
