// Halle's HTTP server: Next.js behind a thin layer of our own (docs/security.md, "Throttles and
// client addresses"). `npm start` and `npm run dev` run it through scripts/local-app.ts.
// - The client's address: Next's own server fills X-Forwarded-For from the socket only when the
//   client sent none, so a client could name any address. Here every request's
//   `x-halle-client-address` is replaced by the address the chain rule gives (lib/http/client-address.ts,
//   TRUSTED_PROXY_HOPS trusted proxies in front, 0 by default: the socket's address).
// - Body sizes: a body larger than its limit (lib/http/body-limits.ts) is answered 413 before Next
//   reads it: at once from Content-Length, or when a chunked body passes the limit.
// - Its name: with HALLE_PROCESS_NAME set (web-1, web-2 …), every answer says which process gave it
//   in `X-Halle-Process`, so one behind a load balancer can be told from another (npm run
//   test:cluster, docs/scaling.md).
// Usage: tsx scripts/server.ts [--dev]; PORT (3000), TRUSTED_PROXY_HOPS (0), HALLE_PROCESS_NAME. It
// listens on every interface (IPv4 and IPv6), as `next start` does.
import { createServer } from "node:http";
import next from "next";
import { trustedProxyHops } from "../lib/http/client-address";
import { guardRequests, setClientAddress } from "../lib/http/guard-request";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// Not $HOSTNAME: shells and containers set it to the machine's name.
const hostname = "localhost";
const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
const processName = process.env.HALLE_PROCESS_NAME?.trim();

async function main() {
  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const guarded = guardRequests(handle, { hops, secret: process.env.NEXTAUTH_SECRET });
  const server = createServer((req, res) => {
    if (processName) res.setHeader("X-Halle-Process", processName);
    return guarded(req, res);
  });
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (req, socket, head) => {
    setClientAddress(req, hops);
    void upgrade(req, socket, head);
  });
  server.listen(port, () => {
    console.log(`  ▲ Next.js ${dev ? "dev " : ""}server on http://${hostname}:${port}`);
  });

  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
