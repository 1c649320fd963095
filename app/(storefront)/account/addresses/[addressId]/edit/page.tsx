import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddressForm } from "@/components/addresses/address-form";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { getMyAddress } from "@/lib/addresses/get-my-address";
import { requireSignedIn } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { updateAddressAction } from "../../actions";
import { addressFormLabels } from "../../address-form-labels";

type PageProps = { params: Promise<{ addressId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.addressBook.editTitle"), robots: { index: false } };
}

/** Edits one of the user's saved addresses; another user's (or a deleted one) is a 404. */
export default async function EditAddressPage({ params }: PageProps) {
  const { addressId } = await params;
  const actor = await requireSignedIn(`/account/addresses/${encodeURIComponent(addressId)}/edit`);
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
      <PageHeader title={t("checkout.addressBook.editTitle")} />
      <div className="max-w-3xl rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <AddressForm
          idPrefix="edit-address"
          action={updateAddressAction.bind(null, address.id)}
          labels={addressFormLabels(t, t("checkout.addressBook.save"), t("forms.saving"))}
          defaults={{ name: address.name, line1: address.line1, line2: address.line2 ?? "", postalCode: address.postalCode, city: address.city, phone: address.phone ?? "" }}
        />
      </div>
    </>
  );
}
