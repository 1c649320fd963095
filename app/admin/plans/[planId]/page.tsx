import { ClientMessages } from "@/components/i18n/client-messages";
import { PLAN_PAYOUT_SCHEDULES, TERM_MONTHS } from "@/lib/plans/plan-schema";
import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { PlanForm } from "@/components/admin/plans/plan-form";
import { RuleForm } from "@/components/admin/plans/rule-form";
import { PlanRates } from "@/components/plans/plan-rates";
import { weekdayNames } from "@/components/shop-page/weekdays";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { listCategoriesForOperator } from "@/lib/catalog/list-categories-for-operator";
import { getT } from "@/lib/i18n/server";
import { formatPercentInput } from "@/lib/money/parse-percent";
import { orNotFound } from "@/lib/or-not-found";
import { getMarketplacePayoutCalendar } from "@/lib/plans/get-marketplace-payout-calendar";
import { getPlanForOperator } from "@/lib/plans/get-plan-for-operator";
import { PRESET_KEYS, type PresetKey } from "@/lib/plans/presets";
import { loadFeeSettings } from "@/lib/rates/load-fee-settings";
import { planValuesFromPlan } from "../plan-form-labels";
import {
  addRuleAction,
  archivePlanAction,
  removeRuleAction,
  unarchivePlanAction,
  updatePlanAction,
  updateRuleAction,
} from "./actions";

type PageProps = {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
};

const DONE = ["created", "saved", "archived", "unarchived", "ruleAdded", "ruleSaved", "ruleRemoved"] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getT();
  const { planId } = await params;
  const actor = await requireRole(`/admin/plans/${planId}`, "OPERATOR");
  const plan = await orNotFound(getPlanForOperator(actor, planId));
  return { title: `${plan.name} · ${t("plans.admin.title")}` };
}

export default async function AdminPlanPage({ params, searchParams }: PageProps) {
  const { planId } = await params;
  const actor = await requireRole(`/admin/plans/${planId}`, "OPERATOR");
  const { locale, t } = await getT();
  const [plan, categories, fees, calendar] = await Promise.all([
    orNotFound(getPlanForOperator(actor, planId)),
    listCategoriesForOperator(actor, locale),
    loadFeeSettings(),
    getMarketplacePayoutCalendar(actor),
  ]);
  const done = (await searchParams).done;
  const doneKey = DONE.find((key) => key === done);
  const categoryName = new Map(categories.map((category) => [category.id, category.name]));
  const pending = t("plans.admin.pending");
  const fixedTerm = plan.billing === "FIXED_TERM";
  const presetKey = PRESET_KEYS.find((key) => key === plan.presetKey) as PresetKey | undefined;

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/plans" className={textLink}>
          {t("plans.admin.back")}
        </Link>
      </p>
      <PageHeader
        title={plan.name}
        description={
          presetKey ? t("plans.admin.presetSource", { name: t(`plans.presets.${presetKey}.title`) }) : undefined
        }
      />
      <div className="mb-6 flex flex-col gap-3">
        {doneKey ? <FormMessage success={t(`plans.admin.done.${doneKey}`)} /> : null}
        {!plan.active ? <p className="rounded-lg bg-stone-100 px-3 py-2">{t("plans.admin.archivedNote")}</p> : null}
      </div>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-10">
          <Section id="terms" title={t("plans.admin.sections.terms")}>
            <ClientMessages locale={locale} namespaces={["plans.form", "settings.payoutSchedule"]}>
              <PlanForm
                action={updatePlanAction.bind(null, plan.id)}
                currency={plan.currency}
                mode="edit"
                termMonths={TERM_MONTHS}
                payoutSchedules={PLAN_PAYOUT_SCHEDULES}
                marketplace={{
                  payoutSchedule: calendar.payoutSchedule,
                  weekdayName: weekdayNames(locale)[calendar.payoutWeekday - 1],
                }}
                defaults={planValuesFromPlan(plan, locale)}
              />
            </ClientMessages>
          </Section>

          <ClientMessages locale={locale} namespaces={["plans.rules", "plans.kinds"]}>
            <Section id="rules" title={t("plans.admin.sections.rules")}>
              {fixedTerm && plan.rules.length === 0 ? (
                <p className="text-stone-700">{t("plans.rules.fixedTerm")}</p>
              ) : (
                <div className="flex flex-col gap-4">
                  <p className="max-w-prose text-stone-700">{t("plans.rules.intro")}</p>
                  {plan.rules.length === 0 ? (
                    <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-3 text-stone-700">
                      {t("plans.rules.empty")}
                    </p>
                  ) : (
                    <ul className="flex flex-col gap-3">
                      {plan.rules.map((rule) => {
                        const name = [
                          rule.productKind ? t(`plans.kinds.${rule.productKind}`) : t("plans.rules.anyKind"),
                          rule.categoryId
                            ? (categoryName.get(rule.categoryId) ?? rule.categoryId)
                            : t("plans.rules.anyCategory"),
                        ].join(" · ");
                        return (
                          <li
                            key={rule.id}
                            className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
                          >
                            <RuleForm
                              id={`rule-${rule.id}`}
                              legend={t("plans.rules.editLabel", { rule: name })}
                              action={updateRuleAction.bind(null, plan.id, rule.id)}
                              mode="save"
                              categories={categories}
                              defaults={{
                                productKind: rule.productKind ?? "",
                                categoryId: rule.categoryId ?? "",
                                rate: formatPercentInput(rule.rateBps, locale),
                              }}
                              secondary
                            />
                            <ConfirmActionForm
                              id={`remove-rule-${rule.id}`}
                              tone="danger"
                              action={removeRuleAction.bind(null, plan.id, rule.id)}
                              hidden={{}}
                              labels={{
                                open: t("plans.rules.remove"),
                                confirmText: t("plans.rules.removeConfirm"),
                                submit: t("plans.rules.removeSubmit"),
                                pending,
                              }}
                            />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {fixedTerm ? null : (
                    <div className="rounded-xl border border-stone-200 bg-stone-50 p-4">
                      <h3 className="mb-3 font-semibold">{t("plans.rules.addTitle")}</h3>
                      <RuleForm
                        id="new-rule"
                        legend={t("plans.rules.addTitle")}
                        action={addRuleAction.bind(null, plan.id)}
                        mode="add"
                        categories={categories}
                        defaults={{ productKind: "", categoryId: "", rate: "" }}
                      />
                    </div>
                  )}
                </div>
              )}
            </Section>
          </ClientMessages>
        </div>

        <div className="flex flex-col gap-10">
          <Section id="preview" title={t("plans.admin.sections.preview")}>
            <div className="rounded-xl border border-stone-200 bg-white p-4">
              <PlanRates plan={plan} fees={fees} locale={locale} t={t} headingLevel={3} />
            </div>
          </Section>

          <Section id="shops" title={t("plans.admin.sections.shops")}>
            <p>
              {plan.shopsCount > 0
                ? t("plans.admin.shopsCount", { count: plan.shopsCount })
                : t("plans.admin.shopsNone")}
            </p>
          </Section>

          <Section id="status" title={t("plans.admin.sections.status")}>
            {plan.isDefault && plan.active ? (
              <p className="text-stone-700">{t("plans.admin.defaultNote")}</p>
            ) : plan.active ? (
              <ConfirmActionForm
                id="archive-plan"
                tone="danger"
                action={archivePlanAction.bind(null, plan.id)}
                hidden={{}}
                labels={{
                  open: t("plans.admin.archive"),
                  confirmText: t("plans.admin.archiveConfirm", { count: plan.shopsCount }),
                  submit: t("plans.admin.archiveSubmit"),
                  pending,
                }}
              />
            ) : (
              <ConfirmActionForm
                id="unarchive-plan"
                action={unarchivePlanAction.bind(null, plan.id)}
                hidden={{}}
                labels={{
                  open: t("plans.admin.unarchive"),
                  confirmText: t("plans.admin.unarchiveConfirm"),
                  submit: t("plans.admin.unarchiveSubmit"),
                  pending,
                }}
              />
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
