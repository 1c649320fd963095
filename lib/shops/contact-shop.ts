import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { queueEmail } from "@/lib/notifications/queue-email";

// Limits per sender address (the client IP): a few messages to one shop an hour, a few more
// across all shops a day. Counted from ContactRequest rows, so they hold across app processes.
export const CONTACT_LIMIT_PER_SHOP_PER_HOUR = 3;
export const CONTACT_LIMIT_PER_DAY = 10;
const HOUR_MS = 60 * 60 * 1000;

export const contactShopSchema = z.object({
  name: z.string().trim().min(1, "shopPage.errors.nameRequired").max(100, "shopPage.errors.nameTooLong"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "shopPage.errors.emailInvalid")
    .pipe(z.email("shopPage.errors.emailInvalid")),
  message: z.string().trim().min(10, "shopPage.errors.messageTooShort").max(2000, "shopPage.errors.messageTooLong"),
});

export type ContactShopInput = {
  shopSlug: string;
  name?: unknown;
  email?: unknown;
  message?: unknown;
  /** the honeypot: a hidden field people never see; only robots fill it in */
  website?: unknown;
};

export type ContactShopResult = { delivered: boolean };

/**
 * A visitor's message to an approved shop: recorded and e-mailed (to the shop's public address,
 * else its owner's) in one transaction. A filled honeypot looks like success but nothing is
 * written or sent. Too many messages from one address → RATE_LIMITED, nothing written.
 */
export async function contactShop(input: ContactShopInput, { ip }: { ip: string }): Promise<ContactShopResult> {
  if (typeof input.website === "string" && input.website.trim() !== "") return { delivered: false };
  const { name, email, message } = parseInput(contactShopSchema, {
    name: input.name ?? "",
    email: input.email ?? "",
    message: input.message ?? "",
  });
  const sender = (ip || "unknown").slice(0, 100);
  const shopSlug = typeof input.shopSlug === "string" ? input.shopSlug.slice(0, 200) : "";

  return getDb().$transaction(async (tx) => {
    const shop = await tx.shop.findFirst({
      where: { slug: shopSlug, status: "APPROVED" },
      select: { id: true, name: true, email: true, owner: { select: { email: true, locale: true } } },
    });
    if (!shop) throw new AppError("NOT_FOUND");

    // One sender at a time: two simultaneous requests from one address cannot both pass the count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`contact-shop:${sender}`}))`;
    const now = Date.now();
    const toThisShop = await tx.contactRequest.count({
      where: { ip: sender, shopId: shop.id, createdAt: { gt: new Date(now - HOUR_MS) } },
    });
    const today = await tx.contactRequest.count({
      where: { ip: sender, createdAt: { gt: new Date(now - 24 * HOUR_MS) } },
    });
    if (toThisShop >= CONTACT_LIMIT_PER_SHOP_PER_HOUR || today >= CONTACT_LIMIT_PER_DAY) {
      throw new AppError("RATE_LIMITED", "too many contact messages", { form: "shopPage.errors.rateLimited" });
    }

    await tx.contactRequest.create({
      data: { shopId: shop.id, name, email, message, ip: sender },
      select: { id: true },
    });
    await queueEmail(tx, {
      to: shop.email ?? shop.owner.email,
      locale: shop.owner.locale,
      template: "shop.contact-message",
      data: { shopName: shop.name, senderName: name, senderEmail: email, message },
    });
    return { delivered: true };
  });
}
