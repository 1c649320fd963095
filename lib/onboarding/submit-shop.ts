import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { COMPLETION_SELECT, missingSteps } from "./step-completion";
import { stepNumber } from "./steps";

/** The statuses a vendor may submit from: a new shop, one sent back for changes, a rejected one. */
export const SUBMITTABLE_STATUSES: readonly ShopStatus[] = ["DRAFT", "REJECTED"];

/**
 * Step 7: DRAFT or REJECTED → PENDING, only when every step is complete (VALIDATION naming each
 * missing step otherwise). Clears the previous reason and requested changes; e-mails the vendor an
 * acknowledgement and every operator the application; audit `shop.submitted` — all in one
 * transaction, and the status change is conditional so that a double submission sends nothing twice.
 */
export async function submitShop(actor: Actor | null, shopId: string): Promise<{ status: ShopStatus }> {
  assertRole(actor, "VENDOR");
  return getDb().$transaction(async (tx) => {
    const shop = await getOwnedShopOrThrow(tx, actor, shopId, {
      ...COMPLETION_SELECT,
      id: true,
      status: true,
      owner: { select: { name: true, email: true, locale: true } },
    });
    if (!SUBMITTABLE_STATUSES.includes(shop.status))
      throw new AppError("CONFLICT", `cannot submit a ${shop.status} shop`, {
        form: "onboarding.errors.notSubmittable",
      });
    const missing = missingSteps(shop);
    if (missing.length > 0) {
      const fieldErrors: Record<string, string> = { form: "onboarding.errors.stepsMissing" };
      // each missing step, by its name in the catalogue: the form lists them under the message
      for (const step of missing) fieldErrors[step] = `onboarding.steps.${step}`;
      throw new AppError("VALIDATION", `missing steps: ${missing.join(", ")}`, fieldErrors);
    }
    const updated = await tx.shop.updateMany({
      where: { id: shop.id, ownerId: actor.id, status: { in: [...SUBMITTABLE_STATUSES] } },
      data: {
        status: "PENDING",
        submittedAt: new Date(),
        statusReason: null,
        changesRequestedMessage: null,
        onboardingStep: stepNumber("review"),
      },
    });
    if (updated.count !== 1)
      throw new AppError("CONFLICT", "shop changed meanwhile", { form: "onboarding.errors.notSubmittable" });

    await recordAudit(tx, {
      actorId: actor.id,
      action: "shop.submitted",
      entityType: "Shop",
      entityId: shop.id,
      data: { from: shop.status },
    });
    await queueEmail(tx, {
      to: shop.owner.email,
      locale: shop.owner.locale,
      template: "seller.application-received",
      data: { vendorName: shop.owner.name, shopName: shop.name },
    });
    const operators = await tx.user.findMany({
      where: { role: "OPERATOR" },
      select: { email: true, locale: true },
      orderBy: { createdAt: "asc" },
    });
    for (const operator of operators) {
      await queueEmail(tx, {
        to: operator.email,
        locale: operator.locale,
        template: "seller.application-submitted",
        data: {
          shopName: shop.name,
          vendorName: shop.owner.name,
          city: shop.city ?? "",
          reviewUrl: appUrl(`/admin/sellers/${shop.id}`),
        },
      });
    }
    return { status: "PENDING" as const };
  });
}
