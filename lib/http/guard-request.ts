// The layer scripts/server.ts puts in front of Next (docs/security.md, "Throttles and client
// addresses"): the client's address from the socket and trusted proxies only, and body sizes
// checked before anything reads the body. Tested without Next in lib/http/guard-request.test.ts.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { getToken } from "next-auth/jwt";
import {
  bodyLimitFor,
  declaredLength,
  mayCarryUploads,
  SMALL_BODY_LIMIT_BYTES,
  UPLOAD_BODY_LIMIT_BYTES,
} from "./body-limits";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";
import { isDecodablePath, pathHasControlCharacters } from "../text/clean-text";

/** Replaces any client-sent x-halle-client-address with the address the chain rule gives. */
export function setClientAddress(req: IncomingMessage, hops: number): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      cookies[name] = part.slice(at + 1).trim();
    }
  }
  return cookies;
}

/** A valid NextAuth session (its cookie decrypts), not merely a cookie of the right name. */
async function hasSession(req: IncomingMessage, secret: string | undefined): Promise<boolean> {
  if (!secret || !/next-auth\.session-token/.test(req.headers.cookie ?? "")) return false;
  const request = { headers: req.headers, cookies: parseCookies(req.headers.cookie) };
  for (const secureCookie of [false, true]) {
    try {
      // getToken's type wants a Next request; it reads only `cookies` and `headers`.
      const token = await getToken({ req: request as never, secret, secureCookie });
      if (token) return true;
    } catch {
      // a forged or stale cookie: not signed in
    }
  }
  return false;
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit?: { bytes: number }): void {
  // Refused on its Content-Length: the rest is drained, no longer counted against the cap.
  if (limit) limit.bytes = Number.POSITIVE_INFINITY;
  if (!res.headersSent) {
    res.writeHead(413, { "content-type": "text/plain; charset=utf-8" });
    res.end("413 Payload Too Large\n");
  }
  // What the client is still sending is discarded as it comes (never buffered), so that it can
  // read the answer; a client that keeps sending is cut off after a while.
  req.resume();
  const cutOff = setTimeout(() => {
    if (!req.complete) req.socket.destroy();
  }, 30_000);
  cutOff.unref();
  req.socket.once("close", () => clearTimeout(cutOff));
}

/**
 * Counts a body as the socket delivers it, before anything reads it. Past `limit.bytes` (which the
 * caller may lower once it knows who is asking) the request is answered 413 and the rest is
 * dropped as it arrives: the reader (Next) never gets it, nor a clean end that would let it act
 * on a truncated body, but sees its request closed.
 */
function capBody(req: IncomingMessage, res: ServerResponse, limit: { bytes: number }): () => boolean {
  let received = 0;
  let refused = false;
  const refuse = () => {
    refused = true;
    req.push = () => true;
    refuseTooLarge(req, res);
    // The reader sees its request closed before its end (never an 'error' event, which a reader
    // without a listener would not survive); the socket is left to drain, not reset.
    (req as unknown as { _destroy: (error: Error | null, done: (error: Error | null) => void) => void })._destroy = (
      _error,
      done,
    ) => done(null);
    req.destroy();
  };
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && chunk !== undefined) {
      received += (chunk as Buffer).length;
      if (received > limit.bytes) {
        refuse();
        return true;
      }
    }
    return push(chunk, encoding);
  };
  /** Checks again after the limit changed; true when the request was refused. */
  return () => {
    if (!refused && received > limit.bytes) refuse();
    return refused;
  };
}

/**
 * Wraps a request handler (Next's): sets the client's address, answers 413 to a body over its
 * limit before `handle` sees the request (from Content-Length at once, or as a chunked body
 * passes it), and decodes the session cookie only for a large post to the upload pages.
 */
export function guardRequests(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  options: { hops: number; secret: string | undefined },
): RequestListener {
  return (req, res) => {
    setClientAddress(req, options.hops);
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    // A path that is not valid percent-encoded UTF-8 names nothing: 400 here, where Next would
    // answer some of them with a 500 (docs/security.md, "Correctness at the edges").
    if (!isDecodablePath(pathname)) {
      res.writeHead(400, { "Cache-Control": "no-store" });
      return void res.end();
    }
    // A NUL or control character in the path names nothing either: 404 for every route at once,
    // rather than each page checking its slug or id (a NUL reaching PostgreSQL is a 500).
    if (pathHasControlCharacters(pathname)) {
      res.writeHead(404, { "Cache-Control": "no-store" });
      return void res.end();
    }
    const length = declaredLength(req.headers["content-length"]);
    // Only a large post to the upload pages pays for decoding its session cookie.
    const mayBeLarge = (length === null || length > SMALL_BODY_LIMIT_BYTES) && mayCarryUploads(req.method, pathname);
    const limit = { bytes: mayBeLarge ? UPLOAD_BODY_LIMIT_BYTES : SMALL_BODY_LIMIT_BYTES };
    if (length !== null && length > limit.bytes) return refuseTooLarge(req, res, limit);
    const recheck = capBody(req, res, limit);
    if (!mayBeLarge) return void handle(req, res);
    hasSession(req, options.secret).then(
      (signedIn) => serve(signedIn),
      () => serve(false),
    );
    function serve(signedIn: boolean) {
      limit.bytes = bodyLimitFor(req.method, pathname, signedIn);
      if (length !== null && length > limit.bytes) return refuseTooLarge(req, res, limit);
      if (!recheck()) void handle(req, res);
    }
  };
}
