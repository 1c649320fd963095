import { getActor } from "@/lib/auth/session";
import { supportAttachmentResponse } from "@/lib/support/attachments";

type RouteContext = { params: Promise<{ attachmentId: string }> };

// A support request's private file: its shop's owner and operators only; the checks are in lib
// (docs/trust.md, vendor support; docs/architecture.md, private files).
export async function GET(_request: Request, { params }: RouteContext) {
  const { attachmentId } = await params;
  return supportAttachmentResponse(await getActor(), attachmentId);
}
