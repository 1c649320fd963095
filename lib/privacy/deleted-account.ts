// A deleted account keeps its row (orders, ledger entries and audit rows point to it) with an
// address no one can own or sign in with: `.invalid` is reserved (RFC 2606) and sign-up refuses it
// (docs/security.md, personal data).
export function deletedAccountEmail(userId: string): string {
  return `deleted-${userId}@invalid`;
}
