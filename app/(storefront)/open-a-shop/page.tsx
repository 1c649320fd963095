import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { EMPTY_PROFILE, ProfileForm } from "@/components/onboarding/profile-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { openShopAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.openShop.title") };
}

// Lives in the storefront: the dashboard is for vendors, and a shopper becomes one by sending this.
export default async function OpenShopPage() {
  const actor = await requireSignedIn("/open-a-shop");
  if (actor.role === "VENDOR") redirect("/dashboard/shops/new");
  if (actor.role !== "SHOPPER") forbidden();
  const { locale, t } = await getT();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <PageHeader title={t("onboarding.openShop.title")} description={t("onboarding.openShop.intro")} />
      <Section id="how" title={t("onboarding.openShop.howTitle")}>
        <ol className="flex list-decimal flex-col gap-2 ps-6">
          <li>{t("onboarding.openShop.stepShop")}</li>
          <li>{t("onboarding.openShop.stepIdentity")}</li>
          <li>{t("onboarding.openShop.stepReview")}</li>
        </ol>
        <p className="mt-3 text-stone-600">{t("onboarding.openShop.accountNote")}</p>
      </Section>
      <Section id="shop" title={t("onboarding.openShop.formTitle")}>
        <ClientMessages locale={locale} namespaces={["onboarding.profile", "onboarding.newShop"]}>
          <ProfileForm action={openShopAction} values={EMPTY_PROFILE} mode="create" />
        </ClientMessages>
      </Section>
    </div>
  );
}
