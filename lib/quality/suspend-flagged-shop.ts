import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transitionShop } from "@/lib/sellers/transition-shop";
import { suspendFlaggedShopSchema, type SuspendFlaggedShopInput } from "./schemas";

/**
 * Suspends a flagged shop (docs/trust.md, warnings before exclusion): the existing suspension
 * (APPROVED → SUSPENDED with a reason, the vendor told by e-mail, AuditLog `shop.suspended`), in
 * the same transaction the flag resolved SUSPENDED and an AuditLog `quality.flag.suspended` whose
 * data is the flag's figures, the evidence. Only an open flag: one already dealt with is CONFLICT.
 */
export async function suspendFlaggedShop(actor: Actor | null, input: SuspendFlaggedShopInput): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { alertId, reason } = parseInput(suspendFlaggedShopSchema, input);
  const alert = await getDb().qualityAlert.findFirst({
    where: { id: alertId, level: "FLAG" },
    select: { id: true, shopId: true, windowDays: true, figures: true, createdAt: true },
  });
  if (!alert) throw new AppError("NOT_FOUND");
  await transitionShop({
    actorId: actor.id,
    shopId: alert.shopId,
    expected: { status: "APPROVED" },
    data: { status: "SUSPENDED", statusReason: reason },
    action: "shop.suspended",
    reason,
    email: (shop) => ({
      template: "seller.suspended",
      data: { vendorName: shop.owner.name, shopName: shop.name, reason },
    }),
    after: async (tx) => {
      const now = new Date();
      const { count } = await tx.qualityAlert.updateMany({
        where: { id: alert.id, level: "FLAG", resolvedAt: null },
        data: { resolvedAt: now, resolvedById: actor.id, resolution: "SUSPENDED", note: reason },
      });
      if (count !== 1)
        throw new AppError("CONFLICT", `quality flag ${alert.id} already resolved`, {
          form: "quality.admin.errors.flagResolved",
        });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "quality.flag.suspended",
        entityType: "Shop",
        entityId: alert.shopId,
        reason,
        data: {
          alertId: alert.id,
          flaggedAt: alert.createdAt.toISOString(),
          windowDays: alert.windowDays,
          figures: alert.figures as Prisma.InputJsonValue,
        },
      });
    },
  });
}
