import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardRequests } from "./guard-request";

// The layer in front of Next (docs/security.md, "Throttles and client addresses"), with a stand-in
// for Next that reads the whole body and echoes what it saw.
const SECRET = "guard-request-test-secret";
const MB = 1024 * 1024;
let server: Server;
let port: number;
let handled = 0;
/** How each body the stand-in read ended: "end" (whole) or "cut" (closed before its end). */
const outcomes: string[] = [];

beforeAll(async () => {
  const app = (req: IncomingMessage, res: import("node:http").ServerResponse) => {
    handled++;
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => {
      outcomes.push("end");
      res.end(JSON.stringify({ bytes, address: req.headers["x-halle-client-address"] }));
    });
    req.on("error", () => undefined);
    req.on("close", () => {
      if (!req.readableEnded) outcomes.push("cut");
    });
  };
  server = createServer(guardRequests(app, { hops: 0, secret: SECRET }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Sent = { path?: string; headers?: Record<string, string>; body?: Buffer; chunked?: boolean };

function send({ path = "/", headers = {}, body = Buffer.alloc(0), chunked = false }: Sent) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({
      // a connection per request: a refused one is closed by the server
      agent: false,
      host: "127.0.0.1",
      port,
      path,
      method: "POST",
      headers: chunked ? { ...headers, "transfer-encoding": "chunked" } : { ...headers, "content-length": body.length },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    if (chunked) {
      for (let at = 0; at < body.length; at += 256 * 1024) req.write(body.subarray(at, at + 256 * 1024));
      req.end();
    } else req.end(body);
  });
}

async function sessionCookie(): Promise<string> {
  const token = await encode({ token: { sub: "user-1", email: "vendor@example.fr" }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

describe("the client's address", () => {
  it("is the socket's, whatever the client writes", async () => {
    const { text } = await send({
      headers: { "x-halle-client-address": "192.0.2.1", "x-forwarded-for": "198.51.100.7" },
      body: Buffer.from("a=1"),
    });
    expect(JSON.parse(text)).toEqual({ bytes: 3, address: "127.0.0.1" });
  });
});

describe("body sizes", () => {
  it("lets a small body through", async () => {
    const { status, text } = await send({ body: Buffer.alloc(MB) });
    expect(status).toBe(200);
    expect(JSON.parse(text).bytes).toBe(MB);
  });

  it("answers 413 from Content-Length, before the handler sees the request", async () => {
    const before = handled;
    expect((await send({ body: Buffer.alloc(MB + 1) })).status).toBe(413);
    expect((await send({ path: "/dashboard/products/new", body: Buffer.alloc(2 * MB) })).status).toBe(413);
    expect(handled).toBe(before);
  });

  it("cuts a chunked body off at the limit with 413: the reader never gets a truncated body as whole", async () => {
    outcomes.length = 0;
    expect((await send({ body: Buffer.alloc(3 * MB), chunked: true })).status).toBe(413);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outcomes).toEqual(["cut"]);
  });

  it("gives a forged session cookie the small limit", async () => {
    const headers = { cookie: "next-auth.session-token=forged" };
    expect((await send({ path: "/dashboard/products/new", headers, body: Buffer.alloc(2 * MB) })).status).toBe(413);
  });

  it("gives a forged session cookie the small limit, chunked", async () => {
    const headers = { cookie: "next-auth.session-token=forged" };
    expect(
      (await send({ path: "/dashboard/products/new", headers, body: Buffer.alloc(2 * MB), chunked: true })).status,
    ).toBe(413);
  });

  it("lets a signed-in post to the upload pages carry more, and only there", async () => {
    const headers = { cookie: await sessionCookie() };
    const upload = await send({ path: "/dashboard/products/new", headers, body: Buffer.alloc(5 * MB) });
    expect(upload.status).toBe(200);
    expect(JSON.parse(upload.text).bytes).toBe(5 * MB);
    const chunked = await send({ path: "/dashboard/products/1", headers, body: Buffer.alloc(5 * MB), chunked: true });
    expect(chunked.status).toBe(200);
    expect((await send({ path: "/", headers, body: Buffer.alloc(2 * MB) })).status).toBe(413);
  });
});
