// Test data for the quality indicators (docs/trust.md, quality indicators): parts written directly
// with the timeline the indicators read (PAID, ACCEPT, REFUSE, EXPIRE, CANCEL events), lateness,
// delivery, return requests, conversation messages and reviews, each at a chosen instant.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ActorKind, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { createShop, createUser } from "../sellers/fixtures";

export const unique = () => randomBytes(4).toString("hex");
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const NOW = new Date("2026-06-20T12:00:00.000Z");
export const hoursAgo = (hours: number, from = NOW) => new Date(from.getTime() - hours * HOUR_MS);
export const daysAgo = (days: number, from = NOW) => new Date(from.getTime() - days * DAY_MS);

export { createShop, createUser };

export async function approvedShop(name = `Fournil ${unique()}`) {
  const owner = await createUser("VENDOR", `Léa ${unique()}`);
  const shop = await createShop(owner, { status: "APPROVED", name });
  return { owner, shop };
}

type PartSpec = {
  paidAt: Date;
  status?: ShopOrderStatus;
  events?: { action: string; at: Date; actorKind?: ActorKind }[];
  lateFlaggedAt?: Date;
  deliveredAt?: Date;
  returnRequest?: boolean;
  messages?: { kind: ActorKind; at: Date }[];
};

let counter = 0;

/** One paid part of `shopId` with its timeline; returns its id. */
export async function part(shopId: string, spec: PartSpec, shopper?: Actor): Promise<string> {
  const db = getDb();
  counter += 1;
  const order = await db.order.create({
    data: {
      number: `Q-${unique()}-${counter}`,
      email: shopper?.email ?? `guest-${unique()}@example.test`,
      userId: shopper?.id ?? null,
      status: "PAID",
      itemsAmount: 1000,
      shippingAmount: 0,
      totalAmount: 1000,
      paidAt: spec.paidAt,
    },
  });
  const shopOrder = await db.shopOrder.create({
    data: {
      orderId: order.id,
      shopId,
      status: spec.status ?? "AWAITING_ACCEPTANCE",
      deliveryMethod: "CLICK_AND_COLLECT",
      itemsAmount: 1000,
      lateFlaggedAt: spec.lateFlaggedAt ?? null,
      deliveredAt: spec.deliveredAt ?? null,
    },
  });
  const events = [{ action: "PAID", at: spec.paidAt, actorKind: "SHOPPER" as ActorKind }, ...(spec.events ?? [])];
  await db.shopOrderEvent.createMany({
    data: events.map((event) => ({
      shopOrderId: shopOrder.id,
      action: event.action,
      actorKind: event.actorKind ?? (event.action === "EXPIRE" ? "JOB" : "VENDOR"),
      createdAt: event.at,
    })),
  });
  if (spec.returnRequest)
    await db.returnRequest.create({ data: { shopOrderId: shopOrder.id, kind: "PROBLEM", reason: "Cassé" } });
  if (spec.messages?.length)
    await db.orderMessage.createMany({
      data: spec.messages.map((message, index) => ({
        shopOrderId: shopOrder.id,
        authorKind: message.kind,
        body: `message ${index}`,
        createdAt: message.at,
      })),
    });
  return shopOrder.id;
}

/** A published review of a part (the review rules are the reviews module's; only the figures matter here). */
export async function review(shopId: string, shopOrderId: string, rating: number, createdAt: Date) {
  await getDb().review.create({
    data: { shopId, shopOrderId, authorName: "Camille D.", rating, comment: "", createdAt },
  });
}

export async function qualityRow(shopId: string, windowDays: number) {
  return getDb().shopQuality.findUnique({ where: { shopId_windowDays: { shopId, windowDays } } });
}

export async function alertsOf(shopId: string) {
  return getDb().qualityAlert.findMany({ where: { shopId }, orderBy: { createdAt: "asc" } });
}

export async function emailsTo(to: string, template: string) {
  return getDb().emailMessage.findMany({ where: { to, template }, orderBy: { createdAt: "asc" } });
}

/** n parts paid `paidAt`, accepted an hour later, and flagged late: a late-shipment rate of 100 %. */
export async function lateParts(shopId: string, n: number, paidAt: Date): Promise<void> {
  for (let i = 0; i < n; i += 1)
    await part(shopId, {
      paidAt,
      status: "ACCEPTED",
      events: [{ action: "ACCEPT", at: new Date(paidAt.getTime() + HOUR_MS) }],
      lateFlaggedAt: new Date(paidAt.getTime() + 3 * DAY_MS),
    });
}

/** n parts paid `paidAt`, accepted an hour later and delivered: healthy. */
export async function goodParts(shopId: string, n: number, paidAt: Date): Promise<void> {
  for (let i = 0; i < n; i += 1)
    await part(shopId, {
      paidAt,
      status: "DELIVERED",
      events: [{ action: "ACCEPT", at: new Date(paidAt.getTime() + HOUR_MS) }],
      deliveredAt: new Date(paidAt.getTime() + DAY_MS),
    });
}
