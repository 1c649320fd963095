import "server-only";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { getMyAddress } from "@/lib/addresses/get-my-address";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";

/**
 * The address an edit or delete page is about: one of the signed-in user's (signed-out visitors
 * go to sign in and come back to `path`); another user's, or one deleted meanwhile, is a 404.
 */
export async function loadMyAddressPage(addressId: string, path: string) {
  const actor = await requireSignedIn(path);
  const [{ locale, t }, address] = await Promise.all([getT(), orNotFound(getMyAddress(actor, addressId))]);
  return { locale, t, address };
}

/** The frame of a page about one address: back to the book, the title and its text, the panel. */
export function AddressPageFrame({
  title,
  description,
  backLabel,
  panelClassName,
  children,
}: {
  title: string;
  description?: string;
  backLabel: string;
  panelClassName: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <p className="mb-4">
        <Link href="/account/addresses" className={textLink}>
          {backLabel}
        </Link>
      </p>
      <PageHeader title={title} description={description} />
      <div className={`rounded-xl border border-stone-200 bg-white p-4 sm:p-6 ${panelClassName}`}>{children}</div>
    </>
  );
}
