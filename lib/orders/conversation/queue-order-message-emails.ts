import "server-only";
import { appUrl } from "@/lib/app-url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf, listOperatorInboxes } from "@/lib/notifications/recipients";
import type { OrderMessageEmail } from "@/lib/notifications/templates";
import { shopperOrderSelect } from "../shopper-order-link";
import { vendorInbox } from "../vendor-inbox";
import type { ConversationSide } from "./conversation-part";

/**
 * One e-mail per other participant of the part's conversation, in the message's transaction
 * (docs/domain.md, conversation): the shopper at the order's e-mail (a guest is told to contact the
 * shop from its page), the vendor at the shop's order inbox (vendorInbox), and while the part is
 * ESCALATED each operator but the author.
 */
export async function queueOrderMessageEmails(
  tx: Prisma.TransactionClient,
  message: { shopOrderId: string; authorId: string; side: ConversationSide; excerpt: string; attachmentCount: number },
): Promise<void> {
  const part = await tx.shopOrder.findUniqueOrThrow({
    where: { id: message.shopOrderId },
    select: {
      id: true,
      status: true,
      order: { select: shopperOrderSelect },
      shop: { select: { name: true, slug: true, email: true, owner: { select: { email: true, locale: true } } } },
    },
  });
  const author = message.side;
  const base = {
    orderNumber: part.order.number,
    shopName: part.shop.name,
    author,
    authorName: author === "VENDOR" ? part.shop.name : author === "SHOPPER" ? part.order.customerName : "",
    excerpt: message.excerpt,
    attachmentCount: message.attachmentCount,
  } satisfies Omit<OrderMessageEmail, "to" | "recipientName" | "url">;

  if (author !== "SHOPPER") {
    const guest = part.order.userId === null;
    await queueEmail(tx, {
      to: part.order.email,
      locale: emailLocaleOf(part.order.user?.locale),
      template: "order.message",
      data: {
        ...base,
        to: guest ? "guest" : "shopper",
        recipientName: part.order.customerName || null,
        url: appUrl(guest ? `/shops/${part.shop.slug}` : `/account/orders/${part.order.id}`),
      },
    });
  }
  if (author !== "VENDOR") {
    await queueEmail(tx, {
      to: vendorInbox(part.shop),
      locale: emailLocaleOf(part.shop.owner.locale),
      template: "order.message",
      data: { ...base, to: "vendor", recipientName: null, url: appUrl(`/dashboard/orders/${part.id}`) },
    });
  }
  if (part.status === "ESCALATED") {
    for (const operator of await listOperatorInboxes(tx, { except: message.authorId })) {
      await queueEmail(tx, {
        to: operator.email,
        locale: emailLocaleOf(operator.locale),
        template: "order.message",
        data: { ...base, to: "operator", recipientName: null, url: appUrl(`/admin/orders/${part.id}`) },
      });
    }
  }
}
