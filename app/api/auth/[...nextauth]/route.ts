import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

/** next-auth's own rule for a callbackUrl: an http(s) URL, or a path on this site. */
function isHttpUrlOrPath(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth answers 500 to a callbackUrl it refuses (INVALID_CALLBACK_URL_ERROR): such a request is
 * refused here with a 400 instead (docs/security.md, "Correctness at the edges").
 */
async function guarded(request: Request, context: unknown): Promise<Response> {
  const values = new URL(request.url).searchParams.getAll("callbackUrl");
  if (values.some((value) => value !== "" && !isHttpUrlOrPath(value, request.url)))
    return new Response(null, { status: 400, headers: { "Cache-Control": "no-store" } });
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
