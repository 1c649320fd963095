import { NextResponse, type NextRequest } from "next/server";
import { REF_COOKIE, REF_PARAM, safeLandingPath } from "@/lib/ambassadors/ambassador-code";
import { recordAmbassadorClick, type Referral } from "@/lib/ambassadors/record-ambassador-click";
import { cookieOptions } from "@/lib/http/cookie-options";

/** A session cookie: the code already counted in this browser session, so a reload is not a second click. */
const COUNTED_COOKIE = "halle_ref_counted";
const DAY_SECONDS = 24 * 60 * 60;

/**
 * Where proxy.ts sends a page opened with `?ref=CODE` (docs/business-models.md, ambassadors): counts the
 * click once per browser session, sets the referral cookie checkout reads (last click wins: a new
 * code replaces the old one), then sends the visitor to the page they asked for, without `ref`.
 * An unknown code or a closed programme changes nothing. Never cached.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const code = params.get(REF_PARAM);
  const response = NextResponse.redirect(new URL(safeLandingPath(params.get("to")), request.nextUrl));
  response.headers.set("Cache-Control", "no-store");

  let referral: Referral | null = null;
  try {
    const alreadyCounted = Boolean(code) && request.cookies.get(COUNTED_COOKIE)?.value === code?.toUpperCase();
    referral = await recordAmbassadorClick(code, safeLandingPath(params.get("to")), { alreadyCounted });
  } catch (error) {
    // The visitor still reaches the page; only the referral is lost.
    console.error("recordAmbassadorClick failed", { code }, error);
  }
  if (referral) {
    response.cookies.set(REF_COOKIE, referral.code, cookieOptions({ maxAge: referral.cookieDays * DAY_SECONDS }));
    response.cookies.set(COUNTED_COOKIE, referral.code, cookieOptions());
  }
  return response;
}
