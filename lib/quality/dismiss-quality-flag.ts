import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { dismissQualityFlagSchema, type DismissQualityFlagInput } from "./schemas";

/**
 * Closes a flag without a suspension (docs/trust.md, warnings before exclusion), with the
 * operator's note, audited. A conditional update: a flag already dealt with is CONFLICT.
 */
export async function dismissQualityFlag(actor: Actor | null, input: DismissQualityFlagInput): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { alertId, note } = parseInput(dismissQualityFlagSchema, input);
  await getDb().$transaction(async (tx) => {
    const alert = await tx.qualityAlert.findFirst({
      where: { id: alertId, level: "FLAG" },
      select: { id: true, shopId: true },
    });
    if (!alert) throw new AppError("NOT_FOUND");
    const { count } = await tx.qualityAlert.updateMany({
      where: { id: alert.id, level: "FLAG", resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: actor.id, resolution: "DISMISSED", note },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", `quality flag ${alert.id} already resolved`, {
        form: "quality.admin.errors.flagResolved",
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "quality.flag.dismissed",
      entityType: "Shop",
      entityId: alert.shopId,
      reason: note,
      data: { alertId: alert.id },
    });
  });
}
