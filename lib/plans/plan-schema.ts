// The operator's plan form and commission rule form (docs/business-models.md, subscriptions and billing). Money and
// rates arrive as the operator typed them ("19,00", "10 %") and are read as minor units and basis
// points, never through a float. Messages are catalogue keys.
import { z } from "zod";
import { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { parseMoney } from "@/lib/money/parse-money";
import { parsePercent } from "@/lib/money/parse-percent";
import { idSchema } from "@/lib/parse-id";

export const PLAN_LIMITS = {
  code: 40,
  name: 80,
  description: 600,
  commissionFreeSales: 1000,
  position: 1000,
  /** the discount of a fixed term, basis points */
  discountBps: 9000,
} as const;

/** A fixed term lasts 1, 3, 6 or 12 months. */
export const TERM_MONTHS = [1, 3, 6, 12] as const;

export const PRODUCT_KINDS = ["PHYSICAL", "SERVICE", "DIGITAL"] as const;

type FieldText = string | null | undefined;

/** The payout schedules a plan may set instead of the marketplace's (docs/payouts.md, schedules). */
export const PLAN_PAYOUT_SCHEDULES = Object.values(PayoutSchedule) as [PayoutSchedule, ...PayoutSchedule[]];
export type PlanPayoutSchedule = PayoutSchedule;

// Typed as what a form sends; a forged POST may send anything, which the schema refuses.
const text = (value: FieldText) => (typeof value === "string" ? value : "");

/** A percentage as typed, empty → 0, at most `maxBps`. */
const percentText = (maxBps: number, invalid: string) =>
  z.preprocess(
    text,
    z.string().transform((typed, context) => {
      if (typed.trim() === "") return 0;
      const bps = parsePercent(typed);
      if (bps === null || bps > maxBps) {
        context.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return bps;
    }),
  );

/** A whole number as typed, empty → 0, within [0, max]. */
const countText = (max: number, invalid: string) =>
  z.preprocess(
    text,
    z
      .string()
      .trim()
      .transform((typed) => (typed === "" ? "0" : typed))
      .pipe(
        z
          .string()
          .regex(/^\d{1,6}$/, invalid)
          .transform(Number),
      )
      .refine((count) => count <= max, invalid),
  );

/** The plan form. `currency` is the plan's (the marketplace's when it is created). */
export function planFieldsSchema(locale: string, currency: string) {
  return z
    .object({
      code: z.preprocess(
        text,
        z
          .string()
          .trim()
          .toLowerCase()
          .min(1, "plans.errors.codeRequired")
          .max(PLAN_LIMITS.code, "plans.errors.codeTooLong")
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "plans.errors.codeInvalid"),
      ),
      name: z.preprocess(
        text,
        z.string().trim().min(1, "plans.errors.nameRequired").max(PLAN_LIMITS.name, "plans.errors.nameTooLong"),
      ),
      description: z.preprocess(
        text,
        z.string().trim().max(PLAN_LIMITS.description, "plans.errors.descriptionTooLong"),
      ),
      billing: z.enum(["MONTHLY", "FIXED_TERM"], { error: "plans.errors.billingInvalid" }),
      monthlyFee: z.preprocess(
        text,
        z.string().transform((typed, context) => {
          if (typed.trim() === "") return 0;
          const amount = parseMoney(typed, locale, currency);
          if (amount === null) {
            context.addIssue({ code: "custom", message: "plans.errors.feeInvalid" });
            return z.NEVER;
          }
          return amount;
        }),
      ),
      defaultCommission: percentText(10_000, "plans.errors.rateInvalid"),
      commissionFreeSales: countText(PLAN_LIMITS.commissionFreeSales, "plans.errors.freeSalesInvalid"),
      commissionOnShipping: z.boolean({ error: "forms.errors.invalid" }),
      paymentFeePassThrough: z.boolean({ error: "forms.errors.invalid" }),
      termMonths: z.preprocess(text, z.string().trim()),
      discount: percentText(PLAN_LIMITS.discountBps, "plans.errors.discountInvalid"),
      premium: z.boolean({ error: "forms.errors.invalid" }),
      position: countText(PLAN_LIMITS.position, "plans.errors.positionInvalid"),
      /** "": the marketplace's schedule; absent (a caller that does not set it): unchanged */
      payoutSchedule: z
        .preprocess(
          (value: FieldText) => (text(value).trim() === "" ? null : text(value).trim()),
          z.enum(PLAN_PAYOUT_SCHEDULES, { error: "plans.errors.payoutScheduleInvalid" }).nullable(),
        )
        .optional(),
    })
    .superRefine((plan, context) => {
      if (plan.billing !== "FIXED_TERM") return;
      if (!(TERM_MONTHS as readonly number[]).includes(Number(plan.termMonths)) || !/^\d+$/.test(plan.termMonths))
        context.addIssue({ code: "custom", path: ["termMonths"], message: "plans.errors.termMonthsInvalid" });
      // A fixed term is rent: the shop pays for its space, and no commission is taken on its sales.
      if (plan.defaultCommission > 0)
        context.addIssue({ code: "custom", path: ["defaultCommission"], message: "plans.errors.fixedTermCommission" });
      if (plan.commissionFreeSales > 0)
        context.addIssue({
          code: "custom",
          path: ["commissionFreeSales"],
          message: "plans.errors.fixedTermCommission",
        });
      if (plan.commissionOnShipping)
        context.addIssue({
          code: "custom",
          path: ["commissionOnShipping"],
          message: "plans.errors.fixedTermCommission",
        });
    })
    .transform(({ monthlyFee, defaultCommission, discount, termMonths, ...plan }) => {
      const fixedTerm = plan.billing === "FIXED_TERM";
      return {
        ...plan,
        monthlyFeeAmount: monthlyFee,
        defaultCommissionBps: defaultCommission,
        // A monthly plan is billed month by month: no term, no discount.
        termMonths: fixedTerm ? Number(termMonths) : 1,
        discountBps: fixedTerm ? discount : 0,
      };
    });
}

export type PlanFieldsInput = z.input<ReturnType<typeof planFieldsSchema>>;
export type PlanFields = z.output<ReturnType<typeof planFieldsSchema>>;

/** A commission rule: by product kind and/or category ("" for none), at a rate typed as a percentage. */
export const commissionRuleSchema = z
  .object({
    productKind: z.preprocess(
      (value: FieldText) => (text(value).trim() === "" ? null : text(value).trim()),
      z.enum(PRODUCT_KINDS, { error: "plans.errors.kindInvalid" }).nullable(),
    ),
    categoryId: z.preprocess(
      (value: FieldText) => (text(value).trim() === "" ? null : text(value).trim()),
      idSchema({ invalid: "plans.errors.categoryUnknown" }).nullable(),
    ),
    rate: z.preprocess(
      text,
      z.string().transform((typed, context) => {
        const bps = typed.trim() === "" ? null : parsePercent(typed);
        if (bps === null) {
          context.addIssue({ code: "custom", message: "plans.errors.rateInvalid" });
          return z.NEVER;
        }
        return bps;
      }),
    ),
  })
  .superRefine((rule, context) => {
    // A rule with neither a kind nor a category would be the plan's default commission.
    if (rule.productKind === null && rule.categoryId === null)
      context.addIssue({ code: "custom", path: ["productKind"], message: "plans.errors.ruleNeedsTarget" });
  })
  .transform(({ rate, ...rule }) => ({ ...rule, rateBps: rate }));

export type CommissionRuleInput = z.input<typeof commissionRuleSchema>;
