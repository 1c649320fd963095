// deploy/nginx.conf for a run on this machine (npm run test:cluster, npm run bench:processes): the
// file as written, with only its listen port and its upstream's web processes changed.
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** Whether `host` can be listened on here (IPv6 loopback is off on some machines and containers). */
export async function canListen(host: string, port: number): Promise<boolean> {
  const server = createServer();
  const ok = await new Promise<boolean>((resolve) =>
    server.once("error", () => resolve(false)).listen(port, host, () => resolve(true)),
  );
  if (ok) await new Promise((resolve) => server.close(resolve));
  return ok;
}

/**
 * Writes `<prefix>/nginx.conf`: deploy/nginx.conf listening on `port` (loopback, IPv6 too when it
 * can), one upstream `server` line per web port (the options of the file's own lines kept: two
 * ports give the file's two lines with their ports changed), and no access log. Returns its path.
 */
export async function writeNginxConfig(prefix: string, port: number, webPorts: number[]): Promise<string> {
  if (webPorts.length === 0) throw new Error("writeNginxConfig: no web process");
  const listen = [`listen 127.0.0.1:${port};`];
  if (await canListen("::1", port)) listen.push(`listen [::1]:${port};`);
  const source = readFileSync("deploy/nginx.conf", "utf8");
  const first = /^([ \t]*)server 127\.0\.0\.1:3001 ([^\n]*)$/m.exec(source);
  const second = /^[ \t]*server 127\.0\.0\.1:3002 [^\n]*\n/m.exec(source);
  if (!first || !second) throw new Error("deploy/nginx.conf changed: ports not found");
  const [line, indent, options] = first;
  const config = source
    .replace(second[0], "")
    .replace(line, webPorts.map((webPort) => `${indent}server 127.0.0.1:${webPort} ${options}`).join("\n"))
    .replace("listen 8080;", listen.join("\n        "))
    .replace("access_log /dev/stdout;", "access_log off;");
  for (const wanted of [port, ...webPorts])
    if (!config.includes(`127.0.0.1:${wanted}`)) throw new Error("deploy/nginx.conf changed: ports not found");
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, config);
  return file;
}
