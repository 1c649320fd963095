/**
 * Where a shop's order e-mails go: the shop's public e-mail when it has one, else its owner's.
 * Every order e-mail to a vendor (new order, each step, reminders, lateness) uses this one rule.
 */
export function vendorInbox(shop: { email: string | null; owner: { email: string } }): string {
  return shop.email ?? shop.owner.email;
}
