import type { Metadata } from "next";
import { AddressLines } from "@/components/addresses/address-lines";
import { DeleteAddressForm } from "@/components/addresses/delete-address-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/server";
import { deleteAddressAction } from "../../actions";
import { AddressPageFrame, loadMyAddressPage } from "../../address-page";

type PageProps = { params: Promise<{ addressId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.addressBook.deleteTitle"), robots: { index: false } };
}

/** Deleting asks first: this page is the confirmation step (works without JavaScript). */
export default async function DeleteAddressPage({ params }: PageProps) {
  const { addressId } = await params;
  const { locale, t, address } = await loadMyAddressPage(
    addressId,
    `/account/addresses/${encodeURIComponent(addressId)}/delete`,
  );
  return (
    <AddressPageFrame
      title={t("checkout.addressBook.deleteTitle")}
      description={t("checkout.addressBook.deleteText")}
      backLabel={t("checkout.addressBook.back")}
      panelClassName="flex max-w-xl flex-col gap-6"
    >
      <AddressLines
        address={address}
        phoneLine={address.phone ? t("checkout.addressBook.phone", { phone: address.phone }) : undefined}
      />
      <ClientMessages
        locale={locale}
        namespaces={["checkout.addressBook.deleteConfirm", "checkout.addressBook.deleting"]}
      >
        <DeleteAddressForm action={deleteAddressAction.bind(null, address.id)} cancelHref="/account/addresses" />
      </ClientMessages>
    </AddressPageFrame>
  );
}
