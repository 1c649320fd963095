import { NextResponse } from "next/server";
import { appErrorResponse } from "@/lib/app-error-response";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { readIdentityDocument } from "@/lib/sellers/read-identity-document";

type RouteContext = { params: Promise<{ shopId: string }> };

/** "Pièce d'identité (1).pdf" → "Piece d_identite _1_.pdf": safe in a quoted header value. */
function asciiFileName(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^\w.\- ]/g, "_")
    .trim();
  return ascii.slice(0, 120) || "document";
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * which are not attr-chars. */
function utf8FileName(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// A shop's identity document, for operators only: readIdentityDocument checks the role. Never
// cached, never sniffed into another type.
export async function GET(request: Request, { params }: RouteContext) {
  const { shopId } = await params;
  try {
    const document = await readIdentityDocument(await getActor(), shopId);
    const fileName = document.fileName.slice(0, 200);
    return new NextResponse(new Uint8Array(document.bytes), {
      headers: {
        "Content-Type": document.contentType,
        "Content-Length": String(document.bytes.length),
        "Content-Disposition": `inline; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${utf8FileName(fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `/admin/sellers/${shopId}/document`);
      return NextResponse.redirect(signIn, 303);
    }
    const refused = appErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
