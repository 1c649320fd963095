import type { Metadata } from "next";
import { EMPTY_PROFILE, ProfileForm } from "@/components/onboarding/profile-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { createShopAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.newShop.title") };
}

export default async function NewShopPage() {
  await requireRole("/dashboard/shops/new", "VENDOR");
  const { locale, t } = await getT();
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("onboarding.newShop.title")} description={t("onboarding.newShop.description")} />
      <ClientMessages locale={locale} namespaces={["onboarding.profile", "onboarding.newShop"]}>
        <ProfileForm action={createShopAction} values={EMPTY_PROFILE} mode="create" />
      </ClientMessages>
    </div>
  );
}
