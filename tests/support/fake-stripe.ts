// A local stand-in for the Stripe API, enough for Connect onboarding: the official SDK is pointed
// at it with STRIPE_API_BASE. It answers POST /v1/accounts and POST /v1/account_links like Stripe
// (form-encoded bodies in, JSON out) and records every request it receives.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeStripeRequest = {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: URLSearchParams;
};

export type FakeStripe = { baseUrl: string; requests: FakeStripeRequest[]; close(): Promise<void> };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function metadataOf(body: URLSearchParams): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, value] of body) {
    const match = /^metadata\[(.+)\]$/.exec(key);
    if (match) metadata[match[1]] = value;
  }
  return metadata;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: FakeStripeRequest[] = [];
  // Stripe replays the first answer to a repeated idempotency key; so do we.
  const replies = new Map<string, unknown>();
  const server: Server = createServer(async (request, response) => {
    const body = new URLSearchParams(await readBody(request));
    const path = (request.url ?? "/").split("?")[0];
    const idempotencyKey = request.headers["idempotency-key"] as string | undefined;
    requests.push({ method: request.method ?? "GET", path, authorization: request.headers.authorization, idempotencyKey, body });
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomBytes(6).toString("hex")}` });
      response.end(JSON.stringify(payload));
    };
    if (!request.headers.authorization?.startsWith("Bearer sk_")) {
      return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
    }
    const replayKey = idempotencyKey ? `${path}:${idempotencyKey}` : undefined;
    if (replayKey && replies.has(replayKey)) return send(200, replies.get(replayKey));

    let payload: unknown;
    if (request.method === "POST" && path === "/v1/accounts") {
      payload = {
        id: `acct_${randomBytes(8).toString("hex")}`,
        object: "account",
        type: body.get("type"),
        country: body.get("country"),
        email: body.get("email"),
        metadata: metadataOf(body),
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
        created: Math.floor(Date.now() / 1000),
      };
    } else if (request.method === "POST" && path === "/v1/account_links") {
      const account = body.get("account");
      if (!account || !body.get("refresh_url") || !body.get("return_url")) {
        return send(400, { error: { type: "invalid_request_error", message: "Missing required param" } });
      }
      payload = {
        object: "account_link",
        url: `https://connect.stripe.test/setup/e/${account}/${randomBytes(6).toString("hex")}`,
        created: Math.floor(Date.now() / 1000),
        expires_at: Math.floor(Date.now() / 1000) + 300,
      };
    } else {
      return send(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${request.method}: ${path})` } });
    }
    if (replayKey) replies.set(replayKey, payload);
    send(200, payload);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
