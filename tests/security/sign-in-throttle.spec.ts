import { expect, test, type APIRequestContext } from "@playwright/test";

// The sign-in throttle over HTTP (docs/security.md, "Throttles and client addresses"): the
// server takes the client's address from the socket (TRUSTED_PROXY_HOPS=0), so an
// X-Forwarded-For a client writes neither resets its count nor charges its failures to someone
// else. Each test uses e-mails of its own: no other test's sign-in is throttled.

const MAX_FAILURES = 10;

function uniqueEmail(label: string): string {
  return `throttle-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** One sign-in through next-auth's credentials endpoint; the error code it ends with, or null. */
async function signInError(
  request: APIRequestContext,
  base: string,
  email: string,
  headers: Record<string, string> = {},
): Promise<string | null> {
  const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: "not-the-password-42", json: "true" },
    headers,
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  const { url } = (await response.json()) as { url: string };
  return new URL(url, base).searchParams.get("error");
}

function origins(baseURL: string | undefined) {
  const port = new URL(baseURL ?? "http://localhost:3100").port;
  return { ipv4: `http://127.0.0.1:${port}`, ipv6: `http://[::1]:${port}` };
}

test("a new X-Forwarded-For on each attempt does not reset the count", async ({ request, baseURL }) => {
  const { ipv4 } = origins(baseURL);
  const email = uniqueEmail("spoof");
  for (let i = 0; i < MAX_FAILURES; i++) {
    const error = await signInError(request, ipv4, email, { "x-forwarded-for": `198.51.100.${i + 1}` });
    expect(error, `attempt ${i + 1}`).toBe("CredentialsSignin");
  }
  for (const forwarded of ["198.51.100.99", "203.0.113.7, 198.51.100.100"]) {
    const error = await signInError(request, ipv4, email, {
      "x-forwarded-for": forwarded,
      "x-halle-client-address": "192.0.2.1",
      "x-real-ip": "192.0.2.2",
    });
    expect(error).toMatch(/^RATE_LIMITED:\d{4}-\d\d-\d\dT/);
  }
});

test("a client cannot lock another address out by naming it", async ({ playwright, baseURL }) => {
  const { ipv4, ipv6 } = origins(baseURL);
  const email = uniqueEmail("victim");
  const attacker = await playwright.request.newContext();
  const victim = await playwright.request.newContext();
  try {
    // The attacker (127.0.0.1) names the victim's address (::1) in every attempt.
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await signInError(attacker, ipv4, email, { "x-forwarded-for": "::1" })).toBe("CredentialsSignin");
    }
    expect(await signInError(attacker, ipv4, email, { "x-forwarded-for": "::1" })).toMatch(/^RATE_LIMITED:/);
    // The failures were the attacker's own: the victim, from ::1, is not throttled.
    expect(await signInError(victim, ipv6, email)).toBe("CredentialsSignin");
  } finally {
    await attacker.dispose();
    await victim.dispose();
  }
});
