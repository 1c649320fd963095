import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { personalDataCsv } from "./personal-data-csv";

/** A section's rows: plain values only (text, numbers, booleans, ISO dates), ready for JSON and CSV. */
export type PersonalValue = string | number | boolean | null;
export type PersonalRecord = { [field: string]: PersonalValue | PersonalValue[] | PersonalRecord | PersonalRecord[] };

/** One JSON document, one section per kind of record (docs/security.md, personal data). */
export type PersonalData = {
  exportedAt: string;
  account: PersonalRecord;
  addresses: PersonalRecord[];
  cart: PersonalRecord[];
  orders: PersonalRecord[];
  reviews: PersonalRecord[];
  orderMessages: PersonalRecord[];
  contactRequests: PersonalRecord[];
  signInAttempts: PersonalRecord[];
  shops: PersonalRecord[];
  supportRequests: PersonalRecord[];
  ambassador: PersonalRecord | null;
  auditEntries: PersonalRecord[];
};

export type PersonalDataFormat = "json" | "csv";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The IBAN's last four characters: enough to recognise it, useless to anyone who steals the file. */
const maskedIban = (iban: string | null) => (iban ? `…${iban.slice(-4)}` : null);

/** Only the shopper's own part of a saved address snapshot (a JSON column): known text fields. */
function addressSnapshot(value: unknown): PersonalRecord | null {
  if (!value || typeof value !== "object") return null;
  const record: PersonalRecord = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>))
    if (typeof field === "string" || typeof field === "number") record[key] = field;
  return record;
}

/**
 * Everything Halle holds about the signed-in person, and only that: their account, addresses,
 * cart, the orders they placed (their contact and delivery details, what they bought), what they
 * wrote (reviews, order messages, messages to shops), their sign-in record, the shops they own
 * (owner and business details), their ambassador account, and what they did in the audit log
 * (actions only). Never another person's data: a vendor's customers and their orders belong to
 * those customers, not to the vendor, and are not here. Recorded in the audit log.
 */
export async function collectPersonalData(actor: Actor | null, now = new Date()): Promise<PersonalData> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      isBusiness: true,
      companyName: true,
      vatNumber: true,
      createdAt: true,
    },
  });
  const [addresses, cart, orders, reviews, messages, contacts, attempts, shops, support, ambassador, audits] =
    await Promise.all([
      db.address.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } }),
      db.cartLine.findMany({
        where: { cart: { userId: user.id } },
        select: {
          quantity: true,
          createdAt: true,
          product: { select: { title: true, shop: { select: { name: true } } } },
        },
        orderBy: { createdAt: "asc" },
      }),
      db.order.findMany({
        where: { userId: user.id },
        orderBy: { createdAt: "asc" },
        select: {
          number: true,
          status: true,
          createdAt: true,
          paidAt: true,
          email: true,
          customerName: true,
          customerPhone: true,
          shippingAddress: true,
          buyerIsBusiness: true,
          buyerCompanyName: true,
          buyerVatNumber: true,
          currency: true,
          itemsAmount: true,
          shippingAmount: true,
          totalAmount: true,
          shopOrders: {
            orderBy: { createdAt: "asc" },
            select: {
              status: true,
              deliveryMethod: true,
              note: true,
              itemsAmount: true,
              deliveryFeeAmount: true,
              refundedAmount: true,
              shop: { select: { name: true } },
              lines: { select: { titleSnapshot: true, quantity: true, unitPriceAmount: true, lineAmount: true } },
              returnRequest: { select: { kind: true, reason: true, escalationNote: true, createdAt: true } },
            },
          },
        },
      }),
      db.review.findMany({
        where: { authorId: user.id },
        orderBy: { createdAt: "asc" },
        select: {
          rating: true,
          comment: true,
          authorName: true,
          status: true,
          createdAt: true,
          shop: { select: { name: true } },
          productReviews: { select: { rating: true, comment: true, orderLine: { select: { titleSnapshot: true } } } },
        },
      }),
      db.orderMessage.findMany({
        where: { authorId: user.id },
        orderBy: { createdAt: "asc" },
        select: {
          body: true,
          createdAt: true,
          shopOrder: { select: { order: { select: { number: true } }, shop: { select: { name: true } } } },
          attachments: { select: { fileName: true } },
        },
      }),
      db.contactRequest.findMany({
        where: { email: { equals: user.email, mode: "insensitive" } },
        orderBy: { createdAt: "asc" },
        select: { name: true, email: true, message: true, createdAt: true, shop: { select: { name: true } } },
      }),
      db.signInAttempt.findMany({
        where: { email: user.email.toLowerCase() },
        orderBy: { createdAt: "asc" },
        select: { ip: true, succeeded: true, createdAt: true },
      }),
      db.shop.findMany({
        where: { ownerId: user.id },
        orderBy: { createdAt: "asc" },
        select: {
          name: true,
          slug: true,
          status: true,
          trade: true,
          email: true,
          phone: true,
          website: true,
          addressLine: true,
          postalCode: true,
          city: true,
          country: true,
          legalType: true,
          legalName: true,
          registrationNumber: true,
          vatNumber: true,
          identityDocumentName: true,
          payoutHolderName: true,
          payoutIban: true,
          createdAt: true,
        },
      }),
      db.supportRequest.findMany({
        where: { openedById: user.id },
        orderBy: { createdAt: "asc" },
        select: {
          number: true,
          subject: true,
          status: true,
          createdAt: true,
          shop: { select: { name: true } },
          messages: {
            where: { authorId: user.id },
            orderBy: { createdAt: "asc" },
            select: { body: true, createdAt: true },
          },
        },
      }),
      db.ambassador.findUnique({
        where: { userId: user.id },
        select: {
          code: true,
          payoutHolderName: true,
          payoutIban: true,
          createdAt: true,
          _count: { select: { clicks: true, orders: true } },
        },
      }),
      db.auditLog.findMany({
        where: { actorId: user.id },
        orderBy: { createdAt: "asc" },
        select: { action: true, entityType: true, createdAt: true },
      }),
    ]);

  return {
    exportedAt: now.toISOString(),
    account: { ...user, createdAt: iso(user.createdAt) },
    addresses: addresses.map((address) => ({
      name: address.name,
      line1: address.line1,
      line2: address.line2,
      postalCode: address.postalCode,
      city: address.city,
      country: address.country,
      phone: address.phone,
      createdAt: iso(address.createdAt),
    })),
    cart: cart.map((line) => ({
      product: line.product.title,
      shop: line.product.shop.name,
      quantity: line.quantity,
      addedAt: iso(line.createdAt),
    })),
    orders: orders.map((order) => ({
      number: order.number,
      status: order.status,
      createdAt: iso(order.createdAt),
      paidAt: iso(order.paidAt),
      email: order.email,
      customerName: order.customerName,
      customerPhone: order.customerPhone,
      shippingAddress: addressSnapshot(order.shippingAddress),
      buyerIsBusiness: order.buyerIsBusiness,
      buyerCompanyName: order.buyerCompanyName,
      buyerVatNumber: order.buyerVatNumber,
      currency: order.currency,
      itemsAmount: order.itemsAmount,
      shippingAmount: order.shippingAmount,
      totalAmount: order.totalAmount,
      parts: order.shopOrders.map((part) => ({
        shop: part.shop.name,
        status: part.status,
        deliveryMethod: part.deliveryMethod,
        note: part.note,
        itemsAmount: part.itemsAmount,
        deliveryFeeAmount: part.deliveryFeeAmount,
        refundedAmount: part.refundedAmount,
        lines: part.lines.map((line) => ({
          title: line.titleSnapshot,
          quantity: line.quantity,
          unitPriceAmount: line.unitPriceAmount,
          lineAmount: line.lineAmount,
        })),
        returnRequest: part.returnRequest
          ? {
              kind: part.returnRequest.kind,
              reason: part.returnRequest.reason,
              escalationNote: part.returnRequest.escalationNote,
              createdAt: iso(part.returnRequest.createdAt),
            }
          : null,
      })),
    })),
    reviews: reviews.map((review) => ({
      shop: review.shop.name,
      rating: review.rating,
      comment: review.comment,
      shownAuthorName: review.authorName,
      status: review.status,
      createdAt: iso(review.createdAt),
      products: review.productReviews.map((item) => ({
        product: item.orderLine.titleSnapshot,
        rating: item.rating,
        comment: item.comment,
      })),
    })),
    orderMessages: messages.map((message) => ({
      order: message.shopOrder.order.number,
      shop: message.shopOrder.shop.name,
      body: message.body,
      attachments: message.attachments.map((file) => file.fileName),
      createdAt: iso(message.createdAt),
    })),
    contactRequests: contacts.map((contact) => ({
      shop: contact.shop.name,
      name: contact.name,
      email: contact.email,
      message: contact.message,
      createdAt: iso(contact.createdAt),
    })),
    signInAttempts: attempts.map((attempt) => ({
      ip: attempt.ip,
      succeeded: attempt.succeeded,
      createdAt: iso(attempt.createdAt),
    })),
    shops: shops.map((shop) => ({
      ...shop,
      payoutIban: maskedIban(shop.payoutIban),
      createdAt: iso(shop.createdAt),
    })),
    supportRequests: support.map((request) => ({
      number: request.number,
      shop: request.shop.name,
      subject: request.subject,
      status: request.status,
      createdAt: iso(request.createdAt),
      messages: request.messages.map((message) => ({ body: message.body, createdAt: iso(message.createdAt) })),
    })),
    ambassador: ambassador
      ? {
          code: ambassador.code,
          payoutHolderName: ambassador.payoutHolderName,
          payoutIban: maskedIban(ambassador.payoutIban),
          clicks: ambassador._count.clicks,
          referredOrders: ambassador._count.orders,
          createdAt: iso(ambassador.createdAt),
        }
      : null,
    auditEntries: audits.map((entry) => ({
      action: entry.action,
      entityType: entry.entityType,
      createdAt: iso(entry.createdAt),
    })),
  };
}

/**
 * The download of /account/data/personal-data.{json,csv}: the document in the format asked, its
 * file name, and an audit row (`privacy.exported`, the format) written before it is handed over.
 */
export async function exportPersonalData(
  actor: Actor | null,
  format: PersonalDataFormat,
  now = new Date(),
): Promise<{ body: string; contentType: string; fileName: string }> {
  const data = await collectPersonalData(actor, now);
  await recordAudit(getDb(), {
    actorId: actor!.id,
    action: "privacy.exported",
    entityType: "User",
    entityId: actor!.id,
    data: { format },
  });
  const day = now.toISOString().slice(0, 10);
  return format === "json"
    ? {
        body: JSON.stringify(data, null, 2),
        contentType: "application/json; charset=utf-8",
        fileName: `halle-personal-data-${day}.json`,
      }
    : {
        body: personalDataCsv(data),
        contentType: "text/csv; charset=utf-8",
        fileName: `halle-personal-data-${day}.csv`,
      };
}
