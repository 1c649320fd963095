import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A write refused by a unique index (Prisma P2002): two requests racing for the same key. With
 * `field`, only when that index covers the field (e.g. "slug", "sku").
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return field === undefined || JSON.stringify(error.meta ?? {}).includes(field) || error.message.includes(field);
}
