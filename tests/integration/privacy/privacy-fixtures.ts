// Test data for personal data (docs/security.md, personal data): a person with a password, an address
// book, business details, a paid order of two parts (with its ledger entries and e-mails), a review,
// an order message with a file, a message to a shop, sign-in attempts, and a cart — every datum
// carrying a marker unique to that person, so that a search of every table finds what is left.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { paidOrder, putPartIn, twoShops, type Shops } from "../orders/order-fixtures";

export const PASSWORD = "un-mot-de-passe-solide";
let passwordHash: string | undefined;

/** What identifies a person: each must be gone after the deletion. */
export type Identity = { email: string; name: string; phone: string; line1: string; company: string; marker: string };

export async function person(role: "SHOPPER" | "VENDOR" = "SHOPPER"): Promise<{ actor: Actor; identity: Identity }> {
  const marker = randomBytes(5).toString("hex");
  const identity: Identity = {
    email: `camille-${marker}@example.test`,
    name: `Camille Zphx${marker}`,
    phone: `06 ${marker.slice(0, 2)} ${marker.slice(2, 4)} 99 11`,
    line1: `${marker.length} rue Qwx${marker}`,
    company: `Atelier Kvb${marker}`,
    marker,
  };
  passwordHash ??= await hashPassword(PASSWORD);
  const actor = await getDb().user.create({
    data: {
      email: identity.email,
      name: identity.name,
      passwordHash,
      role,
      isBusiness: true,
      companyName: identity.company,
      vatNumber: `FR${marker}`,
    },
    select: { id: true, role: true, name: true, email: true },
  });
  return { actor, identity };
}

/**
 * A person's whole life on Halle: both parts of their paid order confirmed (finished) unless
 * `openPart` is given, where the pottery's part is left in that state.
 */
export async function lifeOf(
  shops: Shops,
  who: { actor: Actor; identity: Identity },
  options: { openPart?: boolean } = {},
) {
  const db = getDb();
  const { actor, identity } = who;
  await db.address.create({
    data: {
      userId: actor.id,
      name: identity.name,
      line1: identity.line1,
      postalCode: "69002",
      city: "Lyon",
      phone: identity.phone,
    },
  });
  const paid = await paidOrder(shops, { shopper: actor });
  await db.order.update({
    where: { id: paid.order.id },
    data: {
      customerPhone: identity.phone,
      buyerIsBusiness: true,
      shippingAddress: { name: identity.name, line1: identity.line1, postalCode: "69002", city: "Lyon", country: "FR" },
    },
  });
  await db.shopOrder.update({ where: { id: paid.bakeryPart.id }, data: { note: `Sonnez chez ${identity.name}` } });
  await putPartIn(paid.bakeryPart.id, "CONFIRMED");
  if (!options.openPart) await putPartIn(paid.potteryPart.id, "CONFIRMED");
  await db.review.create({
    data: {
      shopOrderId: paid.bakeryPart.id,
      shopId: shops.bakery.id,
      authorId: actor.id,
      authorName: identity.name,
      rating: 5,
      comment: "Excellent pain",
    },
  });
  const message = await db.orderMessage.create({
    data: {
      shopOrderId: paid.potteryPart.id,
      authorId: actor.id,
      authorKind: "SHOPPER",
      body: `Appelez-moi au ${identity.phone}`,
    },
  });
  await db.orderAttachment.create({
    data: {
      shopOrderId: paid.potteryPart.id,
      messageId: message.id,
      storageKey: `order-files/${identity.marker}.jpg`,
      fileName: "photo.jpg",
      contentType: "image/jpeg",
      byteSize: 10,
      uploadedById: actor.id,
    },
  });
  await db.contactRequest.create({
    data: {
      shopId: shops.bakery.id,
      name: identity.name,
      email: identity.email,
      message: "Ouvert dimanche ?",
      ip: "203.0.113.9",
    },
  });
  await db.signInAttempt.create({ data: { email: identity.email, ip: "203.0.113.9", succeeded: true } });
  await db.signInLock.create({ data: { email: identity.email, failures: 2 } });
  await db.conversationRead.create({
    data: { shopOrderId: paid.potteryPart.id, userId: actor.id, lastReadAt: new Date() },
  });
  return paid;
}

export async function world() {
  const shops = await twoShops();
  return shops;
}

/** Every table of the public schema whose rows, as JSON, contain `text` (case-insensitive). */
export async function tablesHolding(text: string): Promise<string[]> {
  const db = getDb();
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const holding: string[] = [];
  for (const { table_name: table } of tables) {
    const rows = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${table}" t WHERE strpos(lower(row_to_json(t)::text), lower($1)) > 0`,
      text,
    );
    if (Number(rows[0].count) > 0) holding.push(table);
  }
  return holding;
}
