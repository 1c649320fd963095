import type { Metadata } from "next";
import Link from "next/link";
import { SellerList } from "@/components/admin/seller-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listSellers } from "@/lib/sellers/list-sellers";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.overview") };
}

export default async function AdminOverviewPage() {
  const actor = await requireRole("/admin", "OPERATOR");
  const { locale, t } = await getT();
  const { shops: pending } = await listSellers(actor, { filter: "PENDING" });
  return (
    <>
      <PageHeader title={t("admin.nav.overview")} />
      <Section id="pending-applications" title={t("admin.overview.pendingTitle")}>
        {pending.length > 0 ? (
          <SellerList shops={pending} locale={locale} t={t} />
        ) : (
          <EmptyState headingLevel="h3" title={t("admin.overview.pendingEmpty")} />
        )}
        <p className="mt-4">
          <Link href="/admin/sellers" className={textLink}>
            {t("admin.overview.seeAllSellers")}
          </Link>
        </p>
      </Section>
    </>
  );
}
