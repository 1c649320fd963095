import type { Metadata } from "next";
import { DeliveryForm } from "@/components/onboarding/delivery-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/onboarding/countries";
import { getShopDelivery } from "@/lib/onboarding/get-shop-delivery";
import { setupPath } from "@/lib/onboarding/steps";
import { orNotFound } from "@/lib/or-not-found";
import { saveDeliveryAction } from "./actions";

type PageProps = { params: Promise<{ shopId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.delivery.title") };
}

export default async function ShopDeliveryStepPage({ params }: PageProps) {
  const { shopId } = await params;
  const actor = await requireRole(setupPath(shopId, "delivery"), "VENDOR");
  const { locale, t } = await getT();
  const delivery = await orNotFound(getShopDelivery(actor, shopId));
  // A shop that has never chosen countries ships to its own country by default.
  const values = {
    ...delivery,
    postalCountries: delivery.postalEnabled ? delivery.postalCountries : [delivery.country],
  };
  const labels = {
    modesLegend: t("onboarding.delivery.modesLegend"),
    clickAndCollect: t("onboarding.delivery.clickAndCollect"),
    pickupInstructions: t("onboarding.delivery.pickupInstructions"),
    pickupInstructionsHint: t("onboarding.delivery.pickupInstructionsHint"),
    courier: t("onboarding.delivery.courier"),
    courierRadius: t("onboarding.delivery.courierRadius"),
    courierRadiusHint: t("onboarding.delivery.courierRadiusHint"),
    postal: t("onboarding.delivery.postal"),
    postalCountries: t("onboarding.delivery.postalCountries"),
    postageDueOnDelivery: t("onboarding.delivery.postageDueOnDelivery"),
    handlingDays: t("onboarding.delivery.handlingDays"),
    handlingDaysHint: t("onboarding.delivery.handlingDaysHint"),
    save: t("forms.save"),
    saving: t("forms.saving"),
    saveAndContinue: t("onboarding.delivery.saveAndContinue"),
    continue: t("onboarding.delivery.continue"),
  };
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("onboarding.delivery.title")} description={t("onboarding.delivery.description")} />
      <DeliveryForm
        action={saveDeliveryAction.bind(null, shopId)}
        labels={labels}
        values={values}
        countries={countryOptions(locale)}
        nextHref={setupPath(shopId, "identity")}
      />
    </div>
  );
}
