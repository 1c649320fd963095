import { getActor } from "@/lib/auth/session";
import { orderAttachmentResponse } from "@/lib/orders/attachment-response";

type RouteContext = { params: Promise<{ attachmentId: string }> };

// An order's private file (a message's photo or PDF, a return's photo): the part's shopper, its
// shop's vendor and operators only; the checks are in lib (docs/architecture.md, private files).
export async function GET(_request: Request, { params }: RouteContext) {
  const { attachmentId } = await params;
  return orderAttachmentResponse(await getActor(), attachmentId);
}
