import type { Metadata } from "next";
import Link from "next/link";
import { AddressForm } from "@/components/addresses/address-form";
import { AddressLines } from "@/components/addresses/address-lines";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { MAX_SAVED_ADDRESSES } from "@/lib/addresses/add-saved-address";
import { listMyAddresses } from "@/lib/addresses/list-my-addresses";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { addAddressAction } from "./actions";
import { ADDRESS_FORM_MESSAGES, addressSummary } from "./address-form-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.addressBook.title"), robots: { index: false } };
}

const STATUSES = ["added", "saved", "deleted"] as const;
type PageProps = { searchParams: Promise<{ status?: string | string[] }> };

/** The signed-in user's saved delivery addresses: list, add; each one links to its edit and delete pages. */
export default async function AddressBookPage({ searchParams }: PageProps) {
  const actor = await requireSignedIn("/account/addresses");
  const [{ locale, t }, addresses, { status }] = await Promise.all([getT(), listMyAddresses(actor), searchParams]);
  const done = STATUSES.find((known) => known === status);
  const full = addresses.length >= MAX_SAVED_ADDRESSES;

  return (
    <>
      <p className="mb-4">
        <Link href="/account" className={textLink}>
          {t("checkout.addressBook.backToAccount")}
        </Link>
      </p>
      <PageHeader title={t("checkout.addressBook.title")} description={t("checkout.addressBook.intro")} />
      <div className="flex max-w-3xl flex-col gap-6">
        {done ? <FormMessage success={t(`checkout.addressBook.status.${done}`)} /> : null}
        <p className="font-medium tabular-nums">
          {t("checkout.addressBook.count", { count: addresses.length, max: MAX_SAVED_ADDRESSES })}
        </p>
        {addresses.length === 0 ? (
          <EmptyState title={t("checkout.addressBook.emptyTitle")} text={t("checkout.addressBook.emptyText")} />
        ) : (
          <ul aria-label={t("checkout.addressBook.listLabel")} className="grid gap-3 sm:grid-cols-2">
            {addresses.map((address) => (
              <li
                key={address.id}
                className="flex flex-col justify-between gap-3 rounded-xl border border-stone-200 bg-white p-4"
              >
                <AddressLines
                  address={address}
                  phoneLine={address.phone ? t("checkout.addressBook.phone", { phone: address.phone }) : undefined}
                />
                <div className="flex flex-wrap gap-4">
                  <Link
                    href={`/account/addresses/${address.id}/edit`}
                    aria-label={t("checkout.addressBook.editLabel", { address: addressSummary(address) })}
                    className={`${textLink} inline-flex min-h-11 items-center`}
                  >
                    {t("checkout.addressBook.edit")}
                  </Link>
                  <Link
                    href={`/account/addresses/${address.id}/delete`}
                    aria-label={t("checkout.addressBook.deleteLabel", { address: addressSummary(address) })}
                    className={`${textLink} inline-flex min-h-11 items-center`}
                  >
                    {t("checkout.addressBook.delete")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="add-address" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
          <h2 id="add-address" className="mb-4 text-xl font-bold">
            {t("checkout.addressBook.addTitle")}
          </h2>
          {full ? (
            <p className="text-stone-700">{t("checkout.addressBook.full", { max: MAX_SAVED_ADDRESSES })}</p>
          ) : (
            <ClientMessages locale={locale} namespaces={ADDRESS_FORM_MESSAGES}>
              <AddressForm idPrefix="new-address" action={addAddressAction} intent="add" />
            </ClientMessages>
          )}
        </section>
      </div>
    </>
  );
}
