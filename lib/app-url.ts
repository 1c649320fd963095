// Absolute links for e-mails: APP_URL, else NEXTAUTH_URL, else the local default.
export function appUrl(path: string): string {
  const base = process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}
