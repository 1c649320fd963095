import { NextResponse } from "next/server";
import { appErrorResponse } from "@/lib/app-error-response";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/content-disposition";
import { getSepaBatchFile } from "@/lib/payouts/get-sepa-batch";

type RouteContext = { params: Promise<{ batchId: string }> };

// A SEPA file as generated (docs/payouts.md, SEPA), for operators only: getSepaBatchFile checks the
// role (403), an unknown batch is 404, a signed-out visitor is sent to sign in. Never cached.
export async function GET(request: Request, { params }: RouteContext) {
  const { batchId } = await params;
  try {
    const file = await getSepaBatchFile(await getActor(), batchId);
    const body = new TextEncoder().encode(file.xml);
    return new NextResponse(body, {
      headers: {
        "Content-Type": "application/xml; charset=utf-8",
        "Content-Length": String(body.byteLength),
        "Content-Disposition": contentDisposition("attachment", file.fileName, "sepa.xml"),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `/admin/money/sepa/${encodeURIComponent(batchId)}/file`);
      return NextResponse.redirect(signIn, 303);
    }
    const refused = appErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
