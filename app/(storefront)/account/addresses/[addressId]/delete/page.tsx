import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddressLines } from "@/components/addresses/address-lines";
import { DeleteAddressForm } from "@/components/addresses/delete-address-form";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { getMyAddress } from "@/lib/addresses/get-my-address";
import { requireSignedIn } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { deleteAddressAction } from "../../actions";

type PageProps = { params: Promise<{ addressId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.addressBook.deleteTitle"), robots: { index: false } };
}

/** Deleting asks first: this page is the confirmation step (works without JavaScript). */
export default async function DeleteAddressPage({ params }: PageProps) {
  const { addressId } = await params;
  const actor = await requireSignedIn(`/account/addresses/${encodeURIComponent(addressId)}/delete`);
  const { t } = await getT();
  const address = await getMyAddress(actor, addressId).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });

  return (
    <>
      <p className="mb-4">
        <Link href="/account/addresses" className={textLink}>
          {t("checkout.addressBook.back")}
        </Link>
      </p>
      <PageHeader title={t("checkout.addressBook.deleteTitle")} description={t("checkout.addressBook.deleteText")} />
      <div className="flex max-w-xl flex-col gap-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <AddressLines address={address} phoneLine={address.phone ? t("checkout.addressBook.phone", { phone: address.phone }) : undefined} />
        <DeleteAddressForm
          action={deleteAddressAction.bind(null, address.id)}
          cancelHref="/account/addresses"
          labels={{ confirm: t("checkout.addressBook.deleteConfirm"), pending: t("checkout.addressBook.deleting"), cancel: t("forms.cancel") }}
        />
      </div>
    </>
  );
}
