import type { Metadata } from "next";
import { AddressForm } from "@/components/addresses/address-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/server";
import { updateAddressAction } from "../../actions";
import { ADDRESS_FORM_MESSAGES } from "../../address-form-messages";
import { AddressPageFrame, loadMyAddressPage } from "../../address-page";

type PageProps = { params: Promise<{ addressId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.addressBook.editTitle"), robots: { index: false } };
}

/** Edits one of the user's saved addresses; another user's (or a deleted one) is a 404. */
export default async function EditAddressPage({ params }: PageProps) {
  const { addressId } = await params;
  const { locale, t, address } = await loadMyAddressPage(
    addressId,
    `/account/addresses/${encodeURIComponent(addressId)}/edit`,
  );
  return (
    <AddressPageFrame
      title={t("checkout.addressBook.editTitle")}
      backLabel={t("checkout.addressBook.back")}
      panelClassName="max-w-3xl"
    >
      <ClientMessages locale={locale} namespaces={ADDRESS_FORM_MESSAGES}>
        <AddressForm
          idPrefix="edit-address"
          action={updateAddressAction.bind(null, address.id)}
          intent="save"
          defaults={{
            name: address.name,
            line1: address.line1,
            line2: address.line2 ?? "",
            postalCode: address.postalCode,
            city: address.city,
            phone: address.phone ?? "",
          }}
        />
      </ClientMessages>
    </AddressPageFrame>
  );
}
