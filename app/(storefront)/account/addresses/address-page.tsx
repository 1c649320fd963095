import "server-only";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { getMyAddress } from "@/lib/addresses/get-my-address";
import type { SavedAddress } from "@/lib/addresses/list-my-addresses";
import { requireSignedIn } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";

/**
 * The address an edit or delete page is about: one of the signed-in user's (signed-out visitors
 * go to sign in and come back to `path`); another user's, or one deleted meanwhile, is a 404.
 */
export async function loadMyAddressPage(addressId: string, path: string) {
  const actor = await requireSignedIn(path);
  const [{ t }, address] = await Promise.all([
    getT(),
    getMyAddress(actor, addressId).catch((error: unknown): SavedAddress => {
      if (isAppError(error, "NOT_FOUND")) notFound();
      throw error;
    }),
  ]);
  return { t, address };
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
