import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("account.title") };
}

export default async function AccountPage() {
  await requireSignedIn("/account");
  const { t } = await getT();
  return (
    <>
      <PageHeader title={t("account.title")} />
      <EmptyState title={t("account.emptyTitle")} text={t("account.emptyText")}>
        <Link href="/#shops" className={secondaryButton}>{t("home.heroCta")}</Link>
      </EmptyState>
    </>
  );
}
