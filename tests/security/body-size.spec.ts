import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { VENDOR } from "../e2e/support";
import { signInRequest } from "./auth-request";

// Body sizes (docs/security.md, "Throttles and client addresses"): scripts/server.ts answers 413
// before Next reads a body over its limit: 1 MB for everyone, 70 MB only for a signed-in user's
// posts to the pages that take files (a vendor's photos). The vendor's photo upload itself is
// the e2e journey tests/e2e/catalogue-product.spec.ts.

const MB = 1024 * 1024;

test("an anonymous 60 MB server action post answers 413", async ({ request }) => {
  const response = await request.post("/", {
    headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" },
    data: Buffer.alloc(60 * MB, 0x61),
    timeout: 60_000,
  });
  expect(response.status()).toBe(413);
});

test("an anonymous 2 MB post to the dashboard answers 413, even with a forged session cookie", async ({ request }) => {
  for (const cookie of [undefined, "next-auth.session-token=forged"]) {
    const response = await request.post("/dashboard/products/new", {
      headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", ...(cookie ? { cookie } : {}) },
      data: Buffer.alloc(2 * MB, 0x61),
      maxRedirects: 0,
    });
    expect(response.status(), cookie ?? "no cookie").toBe(413);
  }
});

test("a chunked body is cut off at the limit with 413", async ({ baseURL }) => {
  const url = new URL("/api/auth/callback/credentials", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
    });
    req.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on("error", reject);
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    let sent = 0;
    const write = () => {
      // 8 MB at most; the answer comes long before.
      while (sent < 32) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
  expect(status).toBe(413);
});

test("a small post goes through, and a signed-in vendor may post more than 1 MB to the dashboard", async ({
  request,
}) => {
  const small = await request.post("/api/auth/callback/credentials", {
    form: { email: "x@example.com", password: "y" },
    maxRedirects: 0,
  });
  expect(small.status()).not.toBe(413);

  await signInRequest(request, VENDOR.email, VENDOR.password);
  const large = await request.post("/dashboard/products/new", {
    headers: { "next-action": "0123456789abcdef0123456789abcdef01234567" },
    multipart: { photo: { name: "big.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(2 * MB, 0x61) } },
    maxRedirects: 0,
  });
  expect(large.status()).not.toBe(413);
  expect(large.status()).toBeLessThan(500);
});
