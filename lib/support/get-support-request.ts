import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { SupportRequestStatus } from "@/lib/generated/prisma/client";
import { findSupportRequest, type SupportSide } from "./support-access";

export type SupportAttachmentView = {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  /** served by app/support/attachments/[attachmentId]/route.ts, which checks the viewer again */
  url: string;
  isImage: boolean;
};

export type SupportMessageView = {
  id: string;
  authorKind: SupportSide;
  mine: boolean;
  body: string;
  createdAt: Date;
  attachments: SupportAttachmentView[];
};

export type SupportRequestView = {
  id: string;
  number: string;
  subject: string;
  status: SupportRequestStatus;
  side: SupportSide;
  shop: { id: string; name: string; slug: string };
  /** the part it concerns, if any, with the order's number */
  shopOrder: { id: string; orderNumber: string } | null;
  openedByName: string | null;
  createdAt: Date;
  lastMessageAt: Date;
  closedAt: Date | null;
  /** oldest first, newest last */
  messages: SupportMessageView[];
};

/** A request holds a few dozen messages; past this, the newest are shown. */
const MESSAGES_SHOWN = 200;

/**
 * A support request with its conversation, for its shop's owner or an operator (anyone else
 * NOT_FOUND: findSupportRequest). Selects only what the pages show.
 */
export async function getSupportRequest(actor: Actor | null, requestId: string): Promise<SupportRequestView> {
  const db = getDb();
  const { request, side } = await findSupportRequest(db, actor, requestId);
  const [detail, rows] = await Promise.all([
    db.supportRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: {
        createdAt: true,
        lastMessageAt: true,
        closedAt: true,
        shop: { select: { id: true, name: true, slug: true } },
        shopOrder: { select: { id: true, order: { select: { number: true } } } },
        openedBy: { select: { name: true } },
      },
    }),
    db.supportMessage.findMany({
      where: { requestId: request.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MESSAGES_SHOWN,
      select: {
        id: true,
        authorId: true,
        authorKind: true,
        body: true,
        createdAt: true,
        attachments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, fileName: true, contentType: true, byteSize: true },
        },
      },
    }),
  ]);
  return {
    id: request.id,
    number: request.number,
    subject: request.subject,
    status: request.status,
    side,
    shop: detail.shop,
    shopOrder: detail.shopOrder ? { id: detail.shopOrder.id, orderNumber: detail.shopOrder.order.number } : null,
    openedByName: detail.openedBy?.name ?? null,
    createdAt: detail.createdAt,
    lastMessageAt: detail.lastMessageAt,
    closedAt: detail.closedAt,
    messages: rows.reverse().map((row) => ({
      id: row.id,
      authorKind: row.authorKind === "VENDOR" ? "VENDOR" : "OPERATOR",
      mine: row.authorId === actor!.id,
      body: row.body,
      createdAt: row.createdAt,
      attachments: row.attachments.map((file) => ({
        ...file,
        url: `/support/attachments/${file.id}`,
        isImage: file.contentType.startsWith("image/"),
      })),
    })),
  };
}

export type SupportOrderChoice = { id: string; orderNumber: string; createdAt: Date };

/** How many recent parts the new request's select offers (older ones are typed by number). */
const ORDER_CHOICES = 30;

/**
 * The recent paid parts of a shop the actor owns, for the new request's order select; another's
 * shop: none (the form then only offers typing a number, which openSupportRequest checks).
 */
export async function listSupportOrderChoices(actor: Actor | null, shopId: string): Promise<SupportOrderChoice[]> {
  if (!actor) return [];
  const parts = await getDb().shopOrder.findMany({
    where: { shopId, shop: { ownerId: actor.id }, status: { not: "AWAITING_PAYMENT" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ORDER_CHOICES,
    select: { id: true, createdAt: true, order: { select: { number: true } } },
  });
  return parts.map((part) => ({ id: part.id, orderNumber: part.order.number, createdAt: part.createdAt }));
}
