// The app's signing secret (NEXTAUTH_SECRET): next-auth's sessions and every signed link (the
// sign-in unlock, the sign-up confirmation, an order's cancel link; docs/security.md). Required in
// production; a fixed development value elsewhere, so links keep working across restarts.
export function appSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is not set");
  return "halle-development-secret";
}
