// A local stand-in for the Stripe API: the official SDK is pointed at it with STRIPE_API_BASE. It
// answers like Stripe (form-encoded bodies in, JSON out) for Connect onboarding (POST /v1/accounts,
// POST /v1/account_links) and payments (POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id,
// POST /v1/checkout/sessions/:id/expire, POST /v1/refunds: honouring Idempotency-Key, refusing to
// refund more than the session charged) and manual capture (a session created with
// payment_intent_data[capture_method]=manual, authorized by `authorize`, then
// POST /v1/payment_intents/:id/capture with amount_to_capture, or /cancel; GET
// /v1/payment_intents/:id) and Connect transfers to shops (POST /v1/transfers, honouring
// Idempotency-Key: the same key gets the same transfer back, never a second one), and records every
// request it receives.
// A test settles a session as the shopper would by changing it in `sessions` (status "complete"),
// or with `authorize(sessionId)`, which also creates its PaymentIntent.
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

export type FakeCheckoutSession = {
  id: string;
  object: "checkout.session";
  mode: string | null;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  amount_total: number;
  currency: string | null;
  customer_email: string | null;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string | null;
  cancel_url: string | null;
  url: string;
  created: number;
  expires_at: number;
};

export type FakePaymentIntent = {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_capturable: number;
  amount_received: number;
  currency: string;
  capture_method: "automatic" | "manual";
  status: "requires_capture" | "succeeded" | "canceled";
  metadata: Record<string, string>;
  transfer_group: string | null;
  cancellation_reason: string | null;
};

export type FakeTransfer = {
  id: string;
  object: "transfer";
  amount: number;
  currency: string;
  destination: string;
  transfer_group: string | null;
  metadata: Record<string, string>;
  created: number;
  reversed: boolean;
};

export type FakeStripe = {
  baseUrl: string;
  requests: FakeStripeRequest[];
  /** Checkout Sessions created so far, by id (tests build webhook events from them) */
  sessions: Map<string, FakeCheckoutSession>;
  /** what each PaymentIntent has had refunded, in minor units */
  refunded: Map<string, number>;
  /** PaymentIntents made by `authorize`, by id */
  paymentIntents: Map<string, FakePaymentIntent>;
  /**
   * The shopper pays the session: it completes and gets its PaymentIntent — with manual capture
   * only authorized (session unpaid, PaymentIntent requires_capture), else paid (succeeded).
   */
  authorize(sessionId: string): FakePaymentIntent;
  /** transfers made so far, by id: one per distinct idempotency key (a repeated key replays the first) */
  transfers: Map<string, FakeTransfer>;
  /** set `refunds` (or `captures`, `transfers`) to n: the next n such requests fail (HTTP 500), as when Stripe is unavailable */
  failures: { refunds: number; captures: number; transfers: number };
  /**
   * `transfers` ms: a transfer is made (and its idempotent reply kept) at once, but answered only
   * after this delay, so a test can kill the caller between Stripe's work and its answer.
   */
  delays: { transfers: number };
  close(): Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function metadataOf(body: URLSearchParams, prefix = "metadata"): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, value] of body) {
    if (!key.startsWith(`${prefix}[`)) continue;
    const match = /^\[([^\]]+)\]$/.exec(key.slice(prefix.length));
    if (match) metadata[match[1]] = value;
  }
  return metadata;
}

/** Σ unit_amount × quantity over line_items[i][price_data][unit_amount] / line_items[i][quantity]. */
function amountTotalOf(body: URLSearchParams): number | null {
  let total = 0;
  for (let index = 0; body.has(`line_items[${index}][quantity]`); index += 1) {
    const unit = Number(body.get(`line_items[${index}][price_data][unit_amount]`));
    const quantity = Number(body.get(`line_items[${index}][quantity]`));
    if (!Number.isInteger(unit) || !Number.isInteger(quantity) || quantity < 1) return null;
    total += unit * quantity;
  }
  return total > 0 ? total : null;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: FakeStripeRequest[] = [];
  const sessions = new Map<string, FakeCheckoutSession>();
  // Stripe replays the first answer to a repeated idempotency key; so do we.
  const replies = new Map<string, unknown>();
  // What each PaymentIntent has had refunded so far, in minor units.
  const refunded = new Map<string, number>();
  const failures = { refunds: 0, captures: 0, transfers: 0 };
  const delays = { transfers: 0 };
  const transfers = new Map<string, FakeTransfer>();
  const paymentIntents = new Map<string, FakePaymentIntent>();
  // What each session asked of its PaymentIntent: capture method, metadata, transfer group.
  const intentData = new Map<
    string,
    { captureMethod: "automatic" | "manual"; metadata: Record<string, string>; transferGroup: string | null }
  >();
  const invalid = (message: string, code?: string) => ({ error: { type: "invalid_request_error", message, code } });
  const server: Server = createServer(async (request, response) => {
    const body = new URLSearchParams(await readBody(request));
    const path = (request.url ?? "/").split("?")[0];
    const idempotencyKey = request.headers["idempotency-key"] as string | undefined;
    requests.push({
      method: request.method ?? "GET",
      path,
      authorization: request.headers.authorization,
      idempotencyKey,
      body,
    });
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, {
        "content-type": "application/json",
        "request-id": `req_${randomBytes(6).toString("hex")}`,
      });
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
    } else if (request.method === "POST" && path === "/v1/checkout/sessions") {
      const amount = amountTotalOf(body);
      if (body.get("mode") !== "payment" || amount === null || !body.get("success_url")) {
        return send(400, { error: { type: "invalid_request_error", message: "Invalid checkout session parameters" } });
      }
      const id = `cs_test_${randomBytes(12).toString("hex")}`;
      const session: FakeCheckoutSession = {
        id,
        object: "checkout.session",
        mode: body.get("mode"),
        status: "open",
        payment_status: "unpaid",
        amount_total: amount,
        currency: body.get("line_items[0][price_data][currency]"),
        customer_email: body.get("customer_email"),
        client_reference_id: body.get("client_reference_id"),
        metadata: metadataOf(body),
        payment_intent: null,
        success_url: body.get("success_url"),
        cancel_url: body.get("cancel_url"),
        url: `https://checkout.stripe.test/c/pay/${id}`,
        created: Math.floor(Date.now() / 1000),
        expires_at: Number(body.get("expires_at") ?? Math.floor(Date.now() / 1000) + 86_400),
      };
      sessions.set(id, session);
      intentData.set(id, {
        captureMethod: body.get("payment_intent_data[capture_method]") === "manual" ? "manual" : "automatic",
        metadata: metadataOf(body, "payment_intent_data[metadata]"),
        transferGroup: body.get("payment_intent_data[transfer_group]"),
      });
      payload = session;
    } else if (request.method === "GET" && /^\/v1\/checkout\/sessions\/[^/]+$/.test(path)) {
      const session = sessions.get(path.split("/")[4]);
      if (!session) return send(404, { error: { type: "invalid_request_error", message: "No such checkout.session" } });
      payload = session;
    } else if (request.method === "POST" && /^\/v1\/checkout\/sessions\/[^/]+\/expire$/.test(path)) {
      const session = sessions.get(path.split("/")[4]);
      if (!session) return send(404, { error: { type: "invalid_request_error", message: "No such checkout.session" } });
      if (session.status !== "open")
        return send(400, { error: { type: "invalid_request_error", message: "Only open sessions can be expired" } });
      session.status = "expired";
      payload = session;
    } else if (request.method === "GET" && /^\/v1\/payment_intents\/[^/]+$/.test(path)) {
      const intent = paymentIntents.get(path.split("/")[3]);
      if (!intent) return send(404, invalid("No such payment_intent"));
      payload = intent;
    } else if (request.method === "POST" && /^\/v1\/payment_intents\/[^/]+\/capture$/.test(path)) {
      const intent = paymentIntents.get(path.split("/")[3]);
      if (!intent) return send(404, invalid("No such payment_intent"));
      if (failures.captures > 0) {
        failures.captures -= 1;
        return send(500, { error: { type: "api_error", message: "Stripe is unavailable (fake)" } });
      }
      if (intent.status !== "requires_capture")
        return send(
          400,
          invalid(`This PaymentIntent could not be captured because it has a status of ${intent.status}.`),
        );
      const amount = body.has("amount_to_capture") ? Number(body.get("amount_to_capture")) : intent.amount_capturable;
      if (!Number.isInteger(amount) || amount < 1 || amount > intent.amount_capturable)
        return send(400, invalid("amount_to_capture must be at most the amount capturable", "amount_too_large"));
      Object.assign(intent, { status: "succeeded", amount_received: amount, amount_capturable: 0 });
      payload = { ...intent };
    } else if (request.method === "POST" && /^\/v1\/payment_intents\/[^/]+\/cancel$/.test(path)) {
      const intent = paymentIntents.get(path.split("/")[3]);
      if (!intent) return send(404, invalid("No such payment_intent"));
      if (intent.status !== "requires_capture")
        return send(400, invalid(`You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`));
      Object.assign(intent, {
        status: "canceled",
        amount_capturable: 0,
        cancellation_reason: body.get("cancellation_reason"),
      });
      payload = { ...intent };
    } else if (request.method === "POST" && path === "/v1/refunds") {
      const paymentIntent = body.get("payment_intent");
      if (!paymentIntent)
        return send(400, { error: { type: "invalid_request_error", message: "Missing payment_intent" } });
      if (failures.refunds > 0) {
        failures.refunds -= 1;
        return send(500, { error: { type: "api_error", message: "Stripe is unavailable (fake)" } });
      }
      // What the payment charged: its PaymentIntent's captured amount when it is one of ours, else the
      // session that names it (unknown: any amount goes).
      const intent = paymentIntents.get(paymentIntent);
      if (intent && intent.status !== "succeeded")
        return send(400, invalid(`This PaymentIntent has a status of ${intent.status}: nothing was charged to refund`));
      const charged = intent
        ? intent.amount_received
        : [...sessions.values()].find((session) => session.payment_intent === paymentIntent)?.amount_total;
      const already = refunded.get(paymentIntent) ?? 0;
      // No amount: the whole of what is left (of an unknown charge: whatever it was).
      const requested = body.has("amount")
        ? Number(body.get("amount"))
        : charged === undefined
          ? null
          : charged - already;
      if (requested !== null && (!Number.isInteger(requested) || requested < 1))
        return send(400, { error: { type: "invalid_request_error", message: "Invalid positive integer: amount" } });
      if (charged !== undefined && requested !== null && already + requested > charged)
        return send(400, {
          error: {
            type: "invalid_request_error",
            code: "amount_too_large",
            message: `Refund amount (${requested}) is greater than unrefunded amount on charge (${charged - already})`,
          },
        });
      refunded.set(paymentIntent, already + (requested ?? 0));
      payload = {
        id: `re_${randomBytes(8).toString("hex")}`,
        object: "refund",
        payment_intent: paymentIntent,
        amount: requested,
        currency: "eur",
        status: "succeeded",
        metadata: metadataOf(body),
        created: Math.floor(Date.now() / 1000),
      };
    } else if (request.method === "POST" && path === "/v1/transfers") {
      if (failures.transfers > 0) {
        failures.transfers -= 1;
        return send(500, { error: { type: "api_error", message: "Stripe is unavailable (fake)" } });
      }
      const amount = Number(body.get("amount"));
      const destination = body.get("destination") ?? "";
      if (!Number.isInteger(amount) || amount < 1)
        return send(400, invalid("Invalid positive integer: amount", "parameter_invalid_integer"));
      if (!body.get("currency")) return send(400, invalid("Missing required param: currency.", "parameter_missing"));
      if (!destination.startsWith("acct_"))
        return send(400, invalid(`No such destination: '${destination}'`, "resource_missing"));
      const transfer: FakeTransfer = {
        id: `tr_${randomBytes(10).toString("hex")}`,
        object: "transfer",
        amount,
        currency: body.get("currency")!,
        destination,
        transfer_group: body.get("transfer_group"),
        metadata: metadataOf(body),
        created: Math.floor(Date.now() / 1000),
        reversed: false,
      };
      transfers.set(transfer.id, transfer);
      if (replayKey) replies.set(replayKey, transfer);
      // The transfer is made; its answer may be slow (a caller killed meanwhile never hears of it).
      if (delays.transfers > 0) await new Promise((resolve) => setTimeout(resolve, delays.transfers));
      return send(200, transfer);
    } else {
      return send(404, {
        error: { type: "invalid_request_error", message: `Unrecognized request URL (${request.method}: ${path})` },
      });
    }
    if (replayKey) replies.set(replayKey, payload);
    send(200, payload);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    refunded,
    paymentIntents,
    transfers,
    failures,
    delays,
    authorize(sessionId) {
      const session = sessions.get(sessionId);
      const data = intentData.get(sessionId);
      if (!session || !data) throw new Error(`fake Stripe: no session ${sessionId}`);
      const manual = data.captureMethod === "manual";
      const intent: FakePaymentIntent = {
        id: `pi_test_${randomBytes(10).toString("hex")}`,
        object: "payment_intent",
        amount: session.amount_total,
        amount_capturable: manual ? session.amount_total : 0,
        amount_received: manual ? 0 : session.amount_total,
        currency: session.currency ?? "eur",
        capture_method: data.captureMethod,
        status: manual ? "requires_capture" : "succeeded",
        metadata: data.metadata,
        transfer_group: data.transferGroup,
        cancellation_reason: null,
      };
      paymentIntents.set(intent.id, intent);
      Object.assign(session, {
        status: "complete",
        payment_status: manual ? "unpaid" : "paid",
        payment_intent: intent.id,
      });
      return intent;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
