// The client's address, as scripts/server.ts established it (docs/security.md, "Throttles and
// client addresses"). The custom server deletes any client-sent `x-halle-client-address` and sets
// it from the socket and, behind TRUSTED_PROXY_HOPS trusted proxies, from X-Forwarded-For; nothing
// else in the app reads X-Forwarded-For, which any client can write.

export const CLIENT_ADDRESS_HEADER = "x-halle-client-address";
export const UNKNOWN_CLIENT_ADDRESS = "unknown";

/**
 * The chain rule: with 0 trusted hops the socket's address; with n hops, the n-th address from the
 * right of the X-Forwarded-For chain with the socket's address appended (each trusted proxy
 * appends the address it received the request from, so the n-th from the right was written by
 * the outermost trusted proxy). A chain shorter than that falls back to its leftmost address.
 */
export function clientAddress(
  socketAddress: string | undefined,
  xForwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const socket = normalizeAddress(socketAddress ?? "");
  const trusted = Number.isInteger(hops) && hops > 0 ? hops : 0;
  if (trusted === 0) return socket || UNKNOWN_CLIENT_ADDRESS;
  const forwarded = (Array.isArray(xForwardedFor) ? xForwardedFor.join(",") : (xForwardedFor ?? ""))
    .split(",")
    .map((part) => normalizeAddress(part.trim()))
    .filter((part) => part.length > 0);
  const chain = socket ? [...forwarded, socket] : forwarded;
  if (chain.length === 0) return UNKNOWN_CLIENT_ADDRESS;
  return chain[Math.max(0, chain.length - 1 - trusted)]!;
}

/** TRUSTED_PROXY_HOPS as a count of hops; anything but a non-negative integer is 0. */
export function trustedProxyHops(value: string | undefined): number {
  const hops = Number(value ?? "0");
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

/** The address the custom server set on the request, or "unknown" (no custom server). */
export function clientAddressFromHeaders(
  headers: Headers | Record<string, string | string[] | undefined> | undefined,
): string {
  let value: string | string[] | null | undefined;
  if (!headers) value = undefined;
  else if (typeof (headers as Headers).get === "function") value = (headers as Headers).get(CLIENT_ADDRESS_HEADER);
  else value = (headers as Record<string, string | string[] | undefined>)[CLIENT_ADDRESS_HEADER];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : UNKNOWN_CLIENT_ADDRESS;
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1; brackets and ports go. */
function normalizeAddress(address: string): string {
  let value = address.trim();
  if (value.startsWith("[")) value = value.slice(1, value.indexOf("]") > 0 ? value.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.toLowerCase().startsWith("::ffff:") && value.includes(".")) value = value.slice(7);
  return value;
}
