import type { Metadata } from "next";
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
  const { t } = await getT();
  const [identity, overview] = await orNotFound(
    Promise.all([getShopIdentity(actor, shopId), getShopSetupOverview(actor, shopId)]),
  );
  const onboarding = overview.status === "DRAFT" || overview.status === "REJECTED";
  return (
    <>
      <PageHeader title={t("onboarding.identity.title")} description={t("onboarding.identity.intro")} />
      <IdentityForm
        action={saveIdentity.bind(null, shopId)}
        values={{
          legalType: identity.legalType,
          legalName: identity.legalName ?? "",
          registrationNumber: identity.registrationNumber ?? "",
          vatNumber: identity.vatNumber ?? "",
        }}
        labels={{
          legalType: t("onboarding.identity.legalType"),
          individual: t("onboarding.identity.individual"),
          company: t("onboarding.identity.company"),
          legalName: t("onboarding.identity.legalName"),
          legalNameHint: t("onboarding.identity.legalNameHint"),
          registrationNumber: t("onboarding.identity.registrationNumber"),
          registrationNumberHint: t("onboarding.identity.registrationNumberHint"),
          vatNumber: t("onboarding.identity.vatNumber"),
          vatNumberHint: t("onboarding.identity.vatNumberHint"),
          document: t("onboarding.identity.document"),
          documentHint: t("onboarding.identity.documentHint"),
          documentStored:
            identity.documentName !== null
              ? t("onboarding.identity.documentStored", { name: identity.documentName })
              : undefined,
          documentReplaceHint: t("onboarding.identity.documentReplaceHint"),
          privacyNote: t("onboarding.identity.privacyNote"),
          submit: onboarding ? t("onboarding.identity.submit") : t("onboarding.identity.save"),
          pending: t("onboarding.identity.pending"),
        }}
      />
    </>
  );
}
