import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IdentityForm } from "@/components/onboarding/identity-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getShopIdentity } from "@/lib/onboarding/get-shop-identity";
import { getShopSetupOverview } from "@/lib/onboarding/get-shop-setup";
import { orNotFound } from "@/lib/or-not-found";
import { saveIdentity } from "./actions";

type PageProps = { params: Promise<{ shopId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.identity.title") };
}

export default async function IdentityStepPage({ params }: PageProps) {
  const { shopId } = await params;
  const actor = await requireRole(`/dashboard/shops/${shopId}/setup/identity`, "VENDOR");
  const { locale, t } = await getT();
  const [identity, overview] = await orNotFound(
    Promise.all([getShopIdentity(actor, shopId), getShopSetupOverview(actor, shopId)]),
  );
  const onboarding = overview.status === "DRAFT" || overview.status === "REJECTED";
  return (
    <>
      <PageHeader title={t("onboarding.identity.title")} description={t("onboarding.identity.intro")} />
      <ClientMessages locale={locale} namespaces={["onboarding.identity"]}>
        <IdentityForm
          action={saveIdentity.bind(null, shopId)}
          values={{
            legalType: identity.legalType,
            legalName: identity.legalName ?? "",
            registrationNumber: identity.registrationNumber ?? "",
            vatNumber: identity.vatNumber ?? "",
          }}
          documentName={identity.documentName}
          onboarding={onboarding}
        />
      </ClientMessages>
    </>
  );
}
