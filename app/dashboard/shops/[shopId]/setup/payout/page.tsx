import type { Metadata } from "next";
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
  const { t } = await getT();
  const [payout, overview] = await orNotFound(
    Promise.all([getShopPayout(actor, shopId), getShopSetupOverview(actor, shopId)]),
  );
  const onboarding = overview.status === "DRAFT" || overview.status === "REJECTED";
  const returned = stripe === "return" || stripe === "refresh";
  return (
    <>
      <PageHeader title={t("onboarding.payout.title")} description={t("onboarding.payout.intro")} />
      <div className="flex flex-col gap-8">
        <PayoutForm
          action={savePayout.bind(null, shopId)}
          holderName={payout.holderName ?? ""}
          labels={{
            holderName: t("onboarding.payout.holderName"),
            iban: t("onboarding.payout.iban"),
            ibanHint: t("onboarding.payout.ibanHint"),
            ibanStored: payout.maskedIban ? t("onboarding.payout.ibanStored", { iban: payout.maskedIban }) : undefined,
            ibanKeepHint: t("onboarding.payout.ibanKeepHint"),
            submit: onboarding ? t("onboarding.payout.submit") : t("onboarding.payout.save"),
            pending: t("onboarding.payout.pending"),
          }}
        />
        {payout.stripeAvailable ? (
          <StripeConnectForm
            action={connectStripe.bind(null, shopId)}
            labels={{
              title: t("onboarding.payout.stripeTitle"),
              text: t("onboarding.payout.stripeText"),
              button: payout.stripeConnected
                ? t("onboarding.payout.stripeContinue")
                : t("onboarding.payout.stripeConnect"),
              pending: t("onboarding.payout.stripePending"),
              status: returned
                ? t("onboarding.payout.stripeReturned")
                : payout.stripeConnected
                  ? t("onboarding.payout.stripeConnected")
                  : undefined,
            }}
          />
        ) : null}
      </div>
    </>
  );
}
