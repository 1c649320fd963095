import type { Metadata } from "next";
import { AddressForm } from "@/components/addresses/address-form";
import { getT } from "@/lib/i18n/server";
import { updateAddressAction } from "../../actions";
import { addressFormLabels } from "../../address-form-labels";
import { AddressPageFrame, loadMyAddressPage } from "../../address-page";

type PageProps = { params: Promise<{ addressId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.addressBook.editTitle"), robots: { index: false } };
}

/** Edits one of the user's saved addresses; another user's (or a deleted one) is a 404. */
export default async function EditAddressPage({ params }: PageProps) {
  const { addressId } = await params;
  const { t, address } = await loadMyAddressPage(addressId, `/account/addresses/${encodeURIComponent(addressId)}/edit`);
  return (
    <AddressPageFrame
      title={t("checkout.addressBook.editTitle")}
      backLabel={t("checkout.addressBook.back")}
      panelClassName="max-w-3xl"
    >
      <AddressForm
        idPrefix="edit-address"
        action={updateAddressAction.bind(null, address.id)}
        labels={addressFormLabels(t, t("checkout.addressBook.save"), t("forms.saving"))}
        defaults={{
          name: address.name,
          line1: address.line1,
          line2: address.line2 ?? "",
          postalCode: address.postalCode,
          city: address.city,
          phone: address.phone ?? "",
        }}
      />
    </AddressPageFrame>
  );
}
