import { NextResponse } from "next/server";
import { appErrorResponse } from "@/lib/app-error-response";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { privateFileHeaders } from "@/lib/files/content-disposition";
import { readIdentityDocument } from "@/lib/sellers/read-identity-document";

type RouteContext = { params: Promise<{ shopId: string }> };

// A shop's identity document, for operators only: readIdentityDocument checks the role. Never
// cached, never sniffed into another type.
export async function GET(request: Request, { params }: RouteContext) {
  const { shopId } = await params;
  try {
    const document = await readIdentityDocument(await getActor(), shopId);
    return new NextResponse(new Uint8Array(document.bytes), {
      // A sandboxed download (docs/security.md, headers, cookies and sessions).
      headers: privateFileHeaders({
        contentType: document.contentType,
        fileName: document.fileName,
        size: document.bytes.length,
        fallbackName: "document",
      }),
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
