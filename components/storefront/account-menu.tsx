import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import type { Translate } from "@/lib/i18n/translate";
import { SignOutButton, type SignOutAction } from "@/components/layout/sign-out-button";
import { primaryButton } from "@/components/ui/styles";
import { ChevronDownIcon } from "./icons";

const menuItem = "block w-full rounded-md px-3 py-2 text-start hover:bg-stone-100";

/**
 * Signed out: sign-in and sign-up links. Signed in: the user's name opens a menu
 * (a native <details>, so it is keyboard-operable and works without JavaScript).
 */
/** A count beside "My orders" (and on the closed menu): unread messages in the viewer's orders. */
function UnreadBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span
      data-testid="unread-orders-badge"
      className="ms-2 inline-block min-w-6 rounded-full bg-brand-700 px-1.5 text-center text-sm font-semibold text-white"
    >
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

export function AccountMenu({
  actor,
  signOut,
  t,
  unreadOrders = 0,
}: {
  actor: Actor | null;
  signOut: SignOutAction;
  t: Translate;
  unreadOrders?: number;
}) {
  if (!actor) {
    return (
      <div className="flex items-center gap-2">
        <Link
          href="/sign-in"
          className="inline-flex min-h-11 items-center rounded-md px-2 font-medium whitespace-nowrap hover:bg-stone-100"
        >
          {t("header.signIn")}
        </Link>
        {/* On a phone the header keeps to one row: the sign-in page links to sign-up. */}
        <span className="hidden sm:inline-flex">
          <Link href="/sign-up" className={`${primaryButton} min-h-11 px-3 text-sm whitespace-nowrap`}>
            {t("header.signUp")}
          </Link>
        </span>
      </div>
    );
  }
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-lg border border-stone-300 bg-white px-3 font-medium hover:bg-stone-100">
        <span className="max-w-[6rem] truncate sm:max-w-[9rem]">{actor.name}</span>
        <UnreadBadge count={unreadOrders} label={t("conversation.unreadCount", { count: unreadOrders })} />
        <ChevronDownIcon className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <nav
        aria-label={t("header.accountMenu")}
        className="absolute end-0 z-20 mt-2 w-56 rounded-xl border border-stone-200 bg-white p-2 shadow-lg"
      >
        <ul className="flex flex-col gap-1">
          <li>
            <Link href="/account" className={menuItem}>
              {t("header.myAccount")}
            </Link>
          </li>
          <li>
            <Link href="/account/orders" className={menuItem}>
              {t("header.myOrders")}
              <UnreadBadge count={unreadOrders} label={t("conversation.unreadCount", { count: unreadOrders })} />
            </Link>
          </li>
          <li>
            <Link href="/ambassador" className={menuItem}>
              {t("ambassadors.menuLink")}
            </Link>
          </li>
          {actor.role === "VENDOR" ? (
            <li>
              <Link href="/dashboard" className={menuItem}>
                {t("header.dashboard")}
              </Link>
            </li>
          ) : null}
          {actor.role === "SHOPPER" || actor.role === "VENDOR" ? (
            <li>
              <Link href={actor.role === "SHOPPER" ? "/open-a-shop" : "/dashboard/shops/new"} className={menuItem}>
                {t("onboarding.openShop.menuLink")}
              </Link>
            </li>
          ) : null}
          {actor.role === "OPERATOR" ? (
            <li>
              <Link href="/admin" className={menuItem}>
                {t("header.admin")}
              </Link>
            </li>
          ) : null}
          <li className="border-t border-stone-200 pt-1">
            <SignOutButton action={signOut} label={t("header.signOut")} className={menuItem} />
          </li>
        </ul>
      </nav>
    </details>
  );
}
