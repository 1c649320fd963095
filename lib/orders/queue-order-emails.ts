import "server-only";
import { appUrl } from "@/lib/app-url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { vendorInbox } from "./vendor-inbox";
import type { OrderEmailPart } from "@/lib/notifications/templates";
import { netAmountOf } from "@/lib/ledger/record-sale-entries";
import { pickupAddressLine, shippingAddressLines, shippingAddressPhone } from "./format-address";

const ORDER_SELECT = {
  id: true,
  number: true,
  email: true,
  customerName: true,
  customerPhone: true,
  currency: true,
  itemsAmount: true,
  shippingAmount: true,
  totalAmount: true,
  captureMode: true,
  shippingAddress: true,
  userId: true,
  user: { select: { locale: true } },
  shopOrders: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      deliveryMethod: true,
      deliveryFeeAmount: true,
      postageDue: true,
      itemsAmount: true,
      commissionAmount: true,
      paymentFeeAmount: true,
      feesVatAmount: true,
      note: true,
      shop: {
        select: {
          name: true,
          email: true,
          addressLine: true,
          postalCode: true,
          city: true,
          pickupInstructions: true,
          owner: { select: { email: true, locale: true } },
        },
      },
      lines: {
        orderBy: { id: "asc" },
        select: { titleSnapshot: true, quantity: true, unitPriceAmount: true, lineAmount: true, estimatedPrice: true },
      },
    },
  },
} as const satisfies Prisma.OrderSelect;

type OrderForEmails = Prisma.OrderGetPayload<{ select: typeof ORDER_SELECT }>;

function emailPart(part: OrderForEmails["shopOrders"][number]): OrderEmailPart {
  const collect = part.deliveryMethod === "CLICK_AND_COLLECT";
  return {
    shopName: part.shop.name,
    deliveryMethod: part.deliveryMethod,
    deliveryFeeAmount: part.deliveryFeeAmount,
    postageDue: part.postageDue,
    itemsAmount: part.itemsAmount,
    pickupAddress: collect ? pickupAddressLine(part.shop) : null,
    pickupInstructions: collect ? part.shop.pickupInstructions : null,
    note: part.note,
    lines: part.lines.map((line) => ({
      title: line.titleSnapshot,
      quantity: line.quantity,
      unitPriceAmount: line.unitPriceAmount,
      lineAmount: line.lineAmount,
      estimatedPrice: line.estimatedPrice,
    })),
  };
}

const localeOf = (value: string | undefined) => (value && isLocale(value) ? value : "fr");

/**
 * The e-mails of a paid order (or an authorized one: its captureMode says which, docs/domain.md,
 * capture), in the caller's transaction: one to the shopper covering every
 * shop, and one to each shop (its public e-mail, else its owner's) with only its own part and the
 * customer's contact details.
 */
export async function queueOrderEmails(tx: Prisma.TransactionClient, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: ORDER_SELECT });
  const shippingAddress = shippingAddressLines(order.shippingAddress);
  // A guest follows the order on the confirmation page (their access cookie); an account, in "My orders".
  const orderUrl = appUrl(order.userId ? `/account/orders/${order.id}` : `/checkout/complete/${order.id}`);
  await queueEmail(tx, {
    to: order.email,
    locale: localeOf(order.user?.locale),
    template: "order.confirmed",
    data: {
      captureMode: order.captureMode,
      customerName: order.customerName,
      orderNumber: order.number,
      currency: order.currency,
      itemsAmount: order.itemsAmount,
      shippingAmount: order.shippingAmount,
      totalAmount: order.totalAmount,
      shippingAddress,
      parts: order.shopOrders.map(emailPart),
      orderUrl,
    },
  });
  for (const part of order.shopOrders) {
    await queueEmail(tx, {
      to: vendorInbox(part.shop),
      locale: localeOf(part.shop.owner.locale),
      template: "order.received",
      data: {
        captureMode: order.captureMode,
        shopName: part.shop.name,
        orderNumber: order.number,
        currency: order.currency,
        customerName: order.customerName,
        customerEmail: order.email,
        customerPhone: order.customerPhone ?? shippingAddressPhone(order.shippingAddress),
        shippingAddress: part.deliveryMethod === "CLICK_AND_COLLECT" ? [] : shippingAddress,
        part: emailPart(part),
        commissionAmount: part.commissionAmount,
        paymentFeeAmount: part.paymentFeeAmount,
        netAmount: netAmountOf(part),
        orderUrl: appUrl(`/dashboard/orders/${part.id}`),
      },
    });
  }
}
