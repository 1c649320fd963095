import type { Metadata } from "next";
import Link from "next/link";
import { PlanList } from "@/components/admin/plans/plan-list";
import { PresetPicker } from "@/components/admin/plans/preset-picker";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { listPlansForOperator, type PlanStatusFilter } from "@/lib/plans/list-plans-for-operator";
import { PRESET_KEYS, PRESETS, type PresetKey } from "@/lib/plans/presets";
import { applyPresetAction } from "./actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTERS: PlanStatusFilter[] = ["all", "active", "archived"];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("plans.admin.title") };
}

function listHref(status: PlanStatusFilter, page = 1): string {
  const params = new URLSearchParams();
  if (status !== "all") params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/plans?${query}` : "/admin/plans";
}

function doneMessage(params: Record<string, string | string[] | undefined>, t: Translate): string | undefined {
  const preset = first(params.preset);
  if (!(PRESET_KEYS as readonly string[]).includes(preset ?? "")) return undefined;
  const name = t(`plans.presets.${preset as PresetKey}.title`);
  if (first(params.existing)) return t("plans.presets.alreadyApplied", { name });
  const count = Number.parseInt(first(params.applied) ?? "", 10);
  return Number.isFinite(count) ? t("plans.presets.applied", { name, count }) : undefined;
}

export default async function AdminPlansPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/plans", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const status = (FILTERS as string[]).includes(first(params.status) ?? "")
    ? (first(params.status) as PlanStatusFilter)
    : "all";
  const page = Number.parseInt(first(params.page) ?? "1", 10) || 1;
  const list = await listPlansForOperator(actor, { status, page });
  const done = doneMessage(params, t);

  return (
    <>
      <PageHeader title={t("plans.admin.title")} description={t("plans.admin.intro")} />
      {done ? (
        <div className="mb-6">
          <FormMessage success={done} />
        </div>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("plans.admin.filterLabel")} className="overflow-x-auto">
          <ul className="flex gap-2">
            {FILTERS.map((filter) => (
              <li key={filter} className="shrink-0">
                <Link
                  href={listHref(filter)}
                  aria-current={filter === status ? "page" : undefined}
                  className="inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium whitespace-nowrap hover:bg-stone-100 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
                >
                  {t(`plans.admin.filters.${filter}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Link href="/admin/plans/new" className={primaryButton}>
          {t("plans.admin.newPlan")}
        </Link>
      </div>
      {list.plans.length > 0 ? (
        <>
          <PlanList plans={list.plans} total={list.total} locale={locale} t={t} />
          <PaginationNav
            page={list.page}
            pageCount={list.pageCount}
            href={(target) => listHref(status, target)}
            t={t}
          />
        </>
      ) : status === "all" ? (
        <EmptyState title={t("plans.admin.empty")} text={t("plans.admin.emptyText")} />
      ) : (
        <EmptyState title={t("plans.admin.emptyFiltered")} />
      )}
      <div className="mt-10">
        <Section id="presets" title={t("plans.presets.title")}>
          <p className="mb-4 max-w-prose text-stone-700">{t("plans.presets.intro")}</p>
          <PresetPicker
            action={applyPresetAction}
            presets={PRESET_KEYS.map((key) => {
              const names = PRESETS[key].plans.map((plan) => t(`plans.presetPlans.${plan.key}.name`));
              return {
                key,
                title: t(`plans.presets.${key}.title`),
                description: t(`plans.presets.${key}.description`),
                labels: {
                  open: t("plans.presets.apply", { name: t(`plans.presets.${key}.title`) }),
                  confirmText: t("plans.presets.confirm", { count: names.length, names: names.join(", ") }),
                  submit: t("plans.presets.submit"),
                  pending: t("plans.admin.pending"),
                },
              };
            })}
          />
        </Section>
      </div>
    </>
  );
}
