import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { getT } from "@/lib/i18n/server";

type SearchPageProps = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("search.title") };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { t } = await getT();
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200);
  return (
    <>
      <PageHeader title={t("search.title")} description={query ? t("search.query", { query }) : undefined} />
      <EmptyState title={t("search.comingSoonTitle")} text={t("search.comingSoonText")}>
        <Link href="/#shops" className={secondaryButton}>{t("home.heroCta")}</Link>
      </EmptyState>
    </>
  );
}
