import "server-only";
import { appUrl } from "@/lib/app-url";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf } from "@/lib/notifications/recipients";
import { findSupportRequest } from "./support-access";

/**
 * Closes a support request (docs/trust.md, vendor support), by its shop's owner or an operator
 * (anyone else NOT_FOUND); already closed: CONFLICT. An operator closing tells the shop's owner by
 * e-mail, in the same transaction. Writing in it again reopens it (postSupportMessage).
 */
export async function closeSupportRequest(actor: Actor | null, requestId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { request, side } = await findSupportRequest(tx, actor, requestId);
    const closed = await tx.supportRequest.updateMany({
      where: { id: request.id, status: { not: "CLOSED" } },
      data: { status: "CLOSED", closedAt: new Date(), closedById: actor!.id },
    });
    if (closed.count === 0) throw new AppError("CONFLICT", "already closed", { form: "support.errors.alreadyClosed" });
    if (side === "OPERATOR") {
      await queueEmail(tx, {
        to: request.shop.owner.email,
        locale: emailLocaleOf(request.shop.owner.locale),
        template: "support.closed",
        data: {
          number: request.number,
          shopName: request.shop.name,
          subject: request.subject,
          recipientName: request.shop.owner.name || null,
          url: appUrl(`/dashboard/support/${request.id}`),
        },
      });
    }
  });
}
