import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
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
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("onboarding.delivery.title")} description={t("onboarding.delivery.description")} />
      <ClientMessages locale={locale} namespaces={["onboarding.delivery"]}>
        <DeliveryForm
          action={saveDeliveryAction.bind(null, shopId)}
          values={values}
          countries={countryOptions(locale)}
          nextHref={setupPath(shopId, "identity")}
        />
      </ClientMessages>
    </div>
  );
}
