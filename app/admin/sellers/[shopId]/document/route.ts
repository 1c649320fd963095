import { NextResponse } from "next/server";
import { appErrorResponse } from "@/lib/app-error-response";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/content-disposition";
import { readIdentityDocument } from "@/lib/sellers/read-identity-document";

type RouteContext = { params: Promise<{ shopId: string }> };

// A shop's identity document, for operators only: readIdentityDocument checks the role. Never
// cached, never sniffed into another type.
export async function GET(request: Request, { params }: RouteContext) {
  const { shopId } = await params;
  try {
    const document = await readIdentityDocument(await getActor(), shopId);
    return new NextResponse(new Uint8Array(document.bytes), {
      headers: {
        "Content-Type": document.contentType,
        "Content-Length": String(document.bytes.length),
        "Content-Disposition": contentDisposition("inline", document.fileName, "document"),
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
