import type { Metadata } from "next";
import { ProfileForm } from "@/components/onboarding/profile-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getShopProfile } from "@/lib/onboarding/get-shop-profile";
import { setupPath } from "@/lib/onboarding/steps";
import { orNotFound } from "@/lib/or-not-found";
import { saveProfileAction } from "./actions";

type PageProps = { params: Promise<{ shopId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.profile.title") };
}

export default async function ShopProfileStepPage({ params }: PageProps) {
  const { shopId } = await params;
  const actor = await requireRole(setupPath(shopId, "profile"), "VENDOR");
  const { locale, t } = await getT();
  const profile = await orNotFound(getShopProfile(actor, shopId));
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("onboarding.profile.title")} description={t("onboarding.profile.description")} />
      <ClientMessages locale={locale} namespaces={["onboarding.profile"]}>
        <ProfileForm
          action={saveProfileAction.bind(null, shopId)}
          values={profile}
          mode="edit"
          nextHref={setupPath(shopId, "location")}
          slug={profile.slug}
        />
      </ClientMessages>
    </div>
  );
}
