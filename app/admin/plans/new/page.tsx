import { ClientMessages } from "@/components/i18n/client-messages";
import { PLAN_PAYOUT_SCHEDULES, TERM_MONTHS } from "@/lib/plans/plan-schema";
import type { Metadata } from "next";
import Link from "next/link";
import { PlanForm } from "@/components/admin/plans/plan-form";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { weekdayNames } from "@/components/shop-page/weekdays";
import { getT } from "@/lib/i18n/server";
import { getMarketplacePayoutCalendar } from "@/lib/plans/get-marketplace-payout-calendar";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { createPlanAction } from "../actions";
import { newPlanValues } from "../plan-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("plans.admin.newTitle") };
}

export default async function NewPlanPage() {
  const actor = await requireRole("/admin/plans/new", "OPERATOR");
  const [{ locale, t }, { currency }, calendar] = await Promise.all([
    getT(),
    getPublicSettings(),
    getMarketplacePayoutCalendar(actor),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/plans" className={textLink}>
          {t("plans.admin.back")}
        </Link>
      </p>
      <PageHeader title={t("plans.admin.newTitle")} description={t("plans.admin.newIntro", { currency })} />
      <ClientMessages locale={locale} namespaces={["plans.form", "settings.payoutSchedule"]}>
        <PlanForm
          action={createPlanAction}
          currency={currency}
          mode="create"
          termMonths={TERM_MONTHS}
          payoutSchedules={PLAN_PAYOUT_SCHEDULES}
          marketplace={{
            payoutSchedule: calendar.payoutSchedule,
            weekdayName: weekdayNames(locale)[calendar.payoutWeekday - 1],
          }}
          defaults={newPlanValues(locale, currency)}
        />
      </ClientMessages>
    </>
  );
}
