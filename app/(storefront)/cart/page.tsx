import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("cart.title") };
}

export default async function CartPage() {
  const { t } = await getT();
  return (
    <>
      <PageHeader title={t("cart.title")} />
      <EmptyState title={t("cart.emptyTitle")} text={t("cart.emptyText")}>
        <Link href="/#shops" className={secondaryButton}>{t("home.heroCta")}</Link>
      </EmptyState>
    </>
  );
}
