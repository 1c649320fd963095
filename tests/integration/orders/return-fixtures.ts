// Test data for returns and escalations (docs/domain.md, returns and escalations): a paid order
// whose posted pottery part (1 bowl 28 € + 6.90 € postage = 34.90 €; commission 2.80 €) was
// delivered, with its return window open (or closed), and a picture to attach.
import sharp from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { paidOrder, putPartIn, type Shops } from "./order-fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function deliveredPottery(
  shops: Shops,
  options: { status?: ShopOrderStatus; windowOpen?: boolean; shopper?: Actor | null; business?: boolean } = {},
) {
  const paid = await paidOrder(shops, { shopper: options.shopper });
  const now = Date.now();
  await putPartIn(paid.potteryPart.id, options.status ?? "DELIVERED", {
    deliveredAt: new Date(now - DAY_MS),
    autoConfirmAt: new Date(now + 6 * DAY_MS),
    returnBy: new Date(options.windowOpen === false ? now - 60_000 : now + 13 * DAY_MS),
  });
  if (options.business)
    await getDb().order.update({
      where: { id: paid.order.id },
      data: { buyerIsBusiness: true, buyerCompanyName: "Atelier Dupont", buyerVatNumber: "FR12345678901" },
    });
  return { ...paid, part: paid.potteryPart, shopper: paid.shopper! };
}

/** The part taken through REQUEST_RETURN (kind PROBLEM unless told) and, with `refused`, REFUSE_RETURN. */
export async function returnRequested(
  shops: Shops,
  options: { kind?: "WITHDRAWAL" | "PROBLEM"; refused?: boolean; escalated?: boolean; business?: boolean } = {},
) {
  const paid = await deliveredPottery(shops, { business: options.business });
  await transitionShopOrder(paid.shopper, {
    shopOrderId: paid.part.id,
    action: "REQUEST_RETURN",
    returnKind: options.kind ?? "PROBLEM",
    reason: "Le bol est arrivé fêlé",
  });
  if (options.refused || options.escalated)
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.part.id,
      action: "REFUSE_RETURN",
      reason: "Le bol était intact à l'envoi",
    });
  if (options.escalated)
    await transitionShopOrder(paid.shopper, {
      shopOrderId: paid.part.id,
      action: "ESCALATE",
      reason: "Voyez la photo",
    });
  return paid;
}

/** A small real picture, as a browser would upload it. */
export async function photo(name = "bol.png"): Promise<File> {
  const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c05020" } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], name, { type: "image/png" });
}

/** Everything a return step may write besides lifeSnapshot's: the request and its files. */
export async function returnSnapshot(shopOrderId: string) {
  const db = getDb();
  return {
    request: await db.returnRequest.findUnique({ where: { shopOrderId } }),
    attachments: await db.orderAttachment.count({ where: { shopOrderId } }),
    audit: await db.auditLog.count({ where: { entityId: shopOrderId } }),
  };
}
