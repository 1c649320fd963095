import { appUrl } from "@/lib/app-url";

/** What the shopper's e-mails need of an order: where to write, in which language, and their link. */
export const shopperOrderSelect = {
  id: true,
  number: true,
  email: true,
  customerName: true,
  userId: true,
  user: { select: { locale: true } },
} as const;

/**
 * Where a shopper follows their order from an e-mail: a guest on the confirmation page (their
 * access cookie), an account in "My orders".
 */
export function shopperOrderUrl(order: { id: string; userId: string | null }): string {
  return appUrl(order.userId ? `/account/orders/${order.id}` : `/checkout/complete/${order.id}`);
}
