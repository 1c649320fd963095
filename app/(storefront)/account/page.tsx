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

const card = "block rounded-xl border border-stone-200 bg-white p-4 hover:bg-stone-50";

export default async function AccountPage() {
  await requireSignedIn("/account");
  const { t } = await getT();
  return (
    <>
      <PageHeader title={t("account.title")} />
      <nav aria-label={t("account.title")} className="mb-6 grid gap-4 sm:grid-cols-2 lg:max-w-3xl">
        <Link href="/account/orders" className={card}>
          <span className="block text-lg font-semibold text-brand-700">{t("orders.account.link")}</span>
          <span className="block text-stone-600">{t("orders.account.linkText")}</span>
        </Link>
        <Link href="/account/addresses" className={card}>
          <span className="block text-lg font-semibold text-brand-700">{t("checkout.addressBook.link")}</span>
          <span className="block text-stone-600">{t("checkout.addressBook.linkText")}</span>
        </Link>
      </nav>
      <EmptyState title={t("account.emptyTitle")} text={t("account.emptyText")}>
        <Link href="/#shops" className={secondaryButton}>
          {t("home.heroCta")}
        </Link>
      </EmptyState>
    </>
  );
}
