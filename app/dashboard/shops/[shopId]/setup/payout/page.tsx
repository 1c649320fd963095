import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PayoutForm, StripeConnectForm } from "@/components/onboarding/payout-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getShopPayout } from "@/lib/onboarding/get-shop-payout";
import { getShopSetupOverview } from "@/lib/onboarding/get-shop-setup";
import { orNotFound } from "@/lib/or-not-found";
import { connectStripe, savePayout } from "./actions";

type PageProps = { params: Promise<{ shopId: string }>; searchParams: Promise<{ stripe?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.payout.title") };
}

export default async function PayoutStepPage({ params, searchParams }: PageProps) {
  const { shopId } = await params;
  const { stripe } = await searchParams;
  const actor = await requireRole(`/dashboard/shops/${shopId}/setup/payout`, "VENDOR");
  const { locale, t } = await getT();
  const [payout, overview] = await orNotFound(
    Promise.all([getShopPayout(actor, shopId), getShopSetupOverview(actor, shopId)]),
  );
  const onboarding = overview.status === "DRAFT" || overview.status === "REJECTED";
  const returned = stripe === "return" || stripe === "refresh";
  return (
    <>
      <PageHeader title={t("onboarding.payout.title")} description={t("onboarding.payout.intro")} />
      <ClientMessages locale={locale} namespaces={["onboarding.payout"]}>
        <div className="flex flex-col gap-8">
          {payout.pendingMaskedIban ? (
            <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
              <p className="font-semibold">{t("security.review.payout.pendingTitle")}</p>
              <p className="mt-1">{t("security.review.payout.pendingText", { iban: payout.pendingMaskedIban })}</p>
            </div>
          ) : null}
          <PayoutForm
            action={savePayout.bind(null, shopId)}
            holderName={payout.holderName ?? ""}
            maskedIban={payout.maskedIban}
            onboarding={onboarding}
          />
          {payout.stripeAvailable ? (
            <StripeConnectForm
              action={connectStripe.bind(null, shopId)}
              connected={payout.stripeConnected}
              returned={returned}
            />
          ) : null}
        </div>
      </ClientMessages>
    </>
  );
}
