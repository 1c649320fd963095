import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMALL_BODY_LIMIT_BYTES } from "@/lib/http/body-limits";
import { clientAddress } from "@/lib/http/client-address";

// deploy/nginx.conf in front of two stand-in web processes (docs/scaling.md, "Running several
// processes"): the configuration as written, with only its ports changed to free loopback ones.

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));
if (!NGINX) console.warn("deploy/nginx.test.ts skipped: nginx is not installed (apt-get install nginx-light)");

const CONFIG = path.resolve(import.meta.dirname, "../../../deploy/nginx.conf");

type Seen = { server: string; method: string; url: string; headers: IncomingHttpHeaders; bodyBytes: number };
const seen: Seen[] = [];
/** The streamed answer's second part is held back until released. */
let streamHeld = false;
let releaseStream: () => void = () => undefined;

/** A stand-in for a web process: records each request, answers as the app would for its path. */
function standIn(name: string): Promise<Server> {
  const server = createServer((req, res) => {
    let bodyBytes = 0;
    req.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on("end", () => {
      seen.push({ server: name, method: req.method ?? "", url: req.url ?? "", headers: req.headers, bodyBytes });
      if (req.url === "/_next/static/chunks/missing.js") {
        res.writeHead(404, { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" });
        return void res.end();
      }
      if (req.url?.startsWith("/files/")) {
        const lifetime = req.url.startsWith("/files/products/") ? "max-age=31536000, immutable" : "max-age=86400";
        res.writeHead(200, { "Content-Type": "image/png", "Cache-Control": `public, ${lifetime}` });
        return void res.end(Buffer.alloc(16));
      }
      if (req.url === "/stream") {
        // A page or CSV the app streams: the first part now, the rest once the test has seen the
        // first (or after a while, so that a buffering proxy fails the test rather than hangs it).
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.write("first part\n");
        const finish = () => {
          if (streamHeld) res.end("last part\n");
          streamHeld = false;
        };
        streamHeld = true;
        releaseStream = finish;
        setTimeout(finish, 10_000);
        return;
      }
      const type = req.url?.startsWith("/_next/static/") ? "application/javascript" : "text/html; charset=utf-8";
      res.writeHead(200, { "Content-Type": type });
      res.end(`${name} `.repeat(1_000));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

let nginxPort = 0;

function send(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer; onFirstChunk?: () => void } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: nginxPort, path: pathname, method: options.method ?? "GET", headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => {
          if (chunks.length === 0) options.onFirstChunk?.();
          chunks.push(chunk);
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

describe.skipIf(!NGINX)("deploy/nginx.conf in front of two web processes", () => {
  let nginx: ChildProcess | undefined;
  let prefix = "";
  const servers: Server[] = [];
  let nginxLog = "";

  beforeAll(async () => {
    servers.push(await standIn("web-a"), await standIn("web-b"));
    const [a, b] = servers.map((server) => (server.address() as AddressInfo).port);
    nginxPort = await freePort();
    prefix = mkdtempSync(path.join(tmpdir(), "halle-nginx-"));
    // Started as root, nginx's workers run as an unprivileged user: they must reach the prefix.
    chmodSync(prefix, 0o755);
    const written = readFileSync(CONFIG, "utf8");
    const config = written
      .replace("listen 8080;", `listen 127.0.0.1:${nginxPort};`)
      .replace("server 127.0.0.1:3001 ", `server 127.0.0.1:${a} `)
      .replace("server 127.0.0.1:3002 ", `server 127.0.0.1:${b} `)
      .replace("access_log /dev/stdout;", "access_log off;");
    // Each of these must have been found: the test runs the file as written.
    for (const port of [nginxPort, a, b]) expect(config).toContain(`127.0.0.1:${port}`);
    writeFileSync(path.join(prefix, "nginx.conf"), config);

    nginx = spawn(NGINX!, ["-p", `${prefix}/`, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    nginx.stderr?.on("data", (chunk: Buffer) => (nginxLog += chunk.toString()));
    for (let attempt = 0; ; attempt++) {
      try {
        await send("/api/health");
        break;
      } catch (error) {
        if (attempt > 100 || nginx.exitCode !== null)
          throw new Error(`nginx did not start: ${nginxLog}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await exited;
    }
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  it("is valid for nginx -t", async () => {
    const check = spawn(NGINX!, ["-t", "-p", `${prefix}/`, "-c", path.join(prefix, "nginx.conf")], { stdio: "pipe" });
    let output = "";
    check.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => check.once("exit", resolve));
    expect(output).toContain("test is successful");
    expect(code).toBe(0);
  });

  it("spreads requests over both processes", async () => {
    seen.length = 0;
    for (let index = 0; index < 10; index++) expect((await send(`/p/bread-${index}`)).status).toBe(200);
    const counts = new Map<string, number>();
    for (const request of seen) counts.set(request.server, (counts.get(request.server) ?? 0) + 1);
    expect(counts.get("web-a")).toBeGreaterThanOrEqual(3);
    expect(counts.get("web-b")).toBeGreaterThanOrEqual(3);
  });

  it("forwards what TRUSTED_PROXY_HOPS=1 expects: the client's address last, never one the client wrote", async () => {
    seen.length = 0;
    await send("/account", {
      headers: { "X-Forwarded-For": "203.0.113.66", "X-Halle-Client-Address": "198.51.100.9", Host: "halle.test:8443" },
    });
    const [request] = seen;
    expect(request!.headers["x-forwarded-for"]).toBe("203.0.113.66, 127.0.0.1");
    // What scripts/server.ts computes from it, nginx being the one trusted proxy (its socket is loopback).
    expect(clientAddress("127.0.0.1", request!.headers["x-forwarded-for"], 1)).toBe("127.0.0.1");
    expect(request!.headers["x-halle-client-address"]).toBeUndefined();
    expect(request!.headers["x-forwarded-proto"]).toBe("http");
    // The Host as the browser sent it, port included, for Next's check of a server action's Origin.
    expect(request!.headers.host).toBe("halle.test:8443");
    expect(request!.headers["x-forwarded-host"]).toBe("halle.test:8443");
    expect(request!.headers["accept-encoding"]).toBeUndefined();
  });

  it("refuses a 2 MB body outside the upload pages with 413 before any process sees it", async () => {
    seen.length = 0;
    const body = Buffer.alloc(2 * 1024 * 1024, 97);
    const answer = await send("/p/bread", { method: "POST", body, headers: { "Content-Type": "text/plain" } });
    expect(answer.status).toBe(413);
    expect(seen).toHaveLength(0);
    // Exactly the app's small limit passes.
    const small = await send("/p/bread", { method: "POST", body: Buffer.alloc(SMALL_BODY_LIMIT_BYTES, 97) });
    expect(small.status).toBe(200);
    expect(seen.at(-1)!.bodyBytes).toBe(SMALL_BODY_LIMIT_BYTES);
  });

  it("lets a 2 MB body through to the upload pages, whole", async () => {
    seen.length = 0;
    const body = Buffer.alloc(2 * 1024 * 1024, 97);
    const answer = await send("/dashboard/products/new", { method: "POST", body });
    expect(answer.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ url: "/dashboard/products/new", bodyBytes: body.length });
  });

  it("caches Next's static assets for a year, immutable, but not a 404", async () => {
    const asset = await send("/_next/static/chunks/app-123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    // Served again from nginx's cache, with the same header.
    seen.length = 0;
    const again = await send("/_next/static/chunks/app-123.js");
    expect(again.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(seen).toHaveLength(0);

    const missing = await send("/_next/static/chunks/missing.js");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toContain("no-store");
  });

  it("passes the public files' own cache header", async () => {
    const photo = await send("/files/products/photo.png");
    expect(photo.status).toBe(200);
    expect(photo.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const demo = await send("/files/demo/bakery.png");
    expect(demo.headers["cache-control"]).toBe("public, max-age=86400");
  });

  it("compresses text for the client", async () => {
    const page = await send("/", { headers: { "Accept-Encoding": "gzip" } });
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(page.body).toString()).toMatch(/^web-[ab] /);
  });

  it("passes a streamed answer on as it comes", async () => {
    // The first part reaches the client while the web process still holds the rest back.
    let firstPartWhileHeld = false;
    const streamed = await send("/stream", {
      headers: { "Accept-Encoding": "gzip" },
      onFirstChunk: () => {
        firstPartWhileHeld = streamHeld;
        releaseStream();
      },
    });
    expect(streamed.status).toBe(200);
    expect(gunzipSync(streamed.body).toString()).toBe("first part\nlast part\n");
    expect(firstPartWhileHeld).toBe(true);
  });
});
