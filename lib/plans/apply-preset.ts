import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import { getTranslator } from "@/lib/i18n/catalogues";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { PRESET_KEYS, PRESETS, presetAmount, type PresetKey } from "./presets";

const schema = z.object({ preset: z.enum(PRESET_KEYS, { error: "plans.errors.presetUnknown" }) });

export type ApplyPresetResult =
  | { applied: true; preset: PresetKey; planIds: string[] }
  /** active plans of this preset already exist: nothing was created */
  | { applied: false; preset: PresetKey; planIds: string[] };

/**
 * Creates the plans of a reference model (lib/plans/presets.ts) in the marketplace's currency and
 * default language; the operator then edits them. Applying a preset whose plans already exist
 * (active plans with the same presetKey) creates nothing. A plan code already taken gets a suffix
 * ("free-2"). Operators only; one preset at a time (an advisory lock), so a double click creates once.
 */
export async function applyPreset(actor: Actor | null, input: { preset: string }): Promise<ApplyPresetResult> {
  assertRole(actor, "OPERATOR");
  const { preset } = parseInput(schema, input);
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('halle.plans.apply_preset'))`;
    const existing = await tx.plan.findMany({
      where: { presetKey: preset, active: true },
      select: { id: true },
      orderBy: { position: "asc" },
    });
    if (existing.length > 0) return { applied: false, preset, planIds: existing.map((plan) => plan.id) };

    const settings = await tx.marketplaceSettings.findUnique({
      where: { id: 1 },
      select: { currency: true, defaultLocale: true },
    });
    const currency = settings?.currency ?? "EUR";
    const t = getTranslator(isLocale(settings?.defaultLocale) ? settings.defaultLocale : DEFAULT_LOCALE);
    const taken = new Set(
      (
        await tx.plan.findMany({
          where: { code: { in: PRESETS[preset].plans.map((plan) => plan.code) } },
          select: { code: true },
        })
      ).map((plan) => plan.code),
    );
    const freeCode = async (code: string) => {
      if (!taken.has(code)) return code;
      for (let suffix = 2; ; suffix++) {
        const candidate = `${code}-${suffix}`;
        if (!(await tx.plan.count({ where: { code: candidate } }))) return candidate;
      }
    };
    const last = await tx.plan.aggregate({ _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;

    const planIds: string[] = [];
    for (const [index, plan] of PRESETS[preset].plans.entries()) {
      const created = await tx.plan.create({
        data: {
          code: await freeCode(plan.code),
          name: t(`plans.presetPlans.${plan.key}.name`),
          description: t(`plans.presetPlans.${plan.key}.description`),
          currency,
          billing: plan.billing,
          monthlyFeeAmount: presetAmount(plan.monthlyFeeCents, currency),
          defaultCommissionBps: plan.defaultCommissionBps,
          commissionFreeSales: plan.commissionFreeSales,
          commissionOnShipping: plan.commissionOnShipping,
          paymentFeePassThrough: plan.paymentFeePassThrough,
          termMonths: plan.termMonths,
          discountBps: plan.discountBps,
          premium: plan.premium,
          presetKey: preset,
          position: start + index,
          commissionRules: {
            create: plan.rules.map((rule) => ({ productKind: rule.productKind, rateBps: rule.rateBps })),
          },
        },
        select: { id: true },
      });
      planIds.push(created.id);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plans.preset_applied",
      entityType: "Plan",
      entityId: planIds[0],
      data: { preset, planIds, currency },
    });
    return { applied: true, preset, planIds };
  });
}
