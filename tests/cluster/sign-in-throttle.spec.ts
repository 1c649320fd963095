import { expect, test, type APIRequestContext } from "@playwright/test";
import { cluster, WEB_PROCESS_HEADER } from "./cluster";

// The sign-in throttle is rows in PostgreSQL, not one process's memory (docs/scaling.md, "Running
// several processes"; docs/security.md, "Throttles and client addresses"): failures spread over
// both web processes count together, and behind nginx (TRUSTED_PROXY_HOPS=1) an X-Forwarded-For
// the client writes itself changes nothing. Each test has e-mails of its own.

const MAX_FAILURES = 10;

function uniqueEmail(label: string): string {
  return `cluster-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/**
 * next-auth's CSRF token, and its cookie in `request`'s jar. The cookie is for localhost whatever the
 * port, and signed with the one NEXTAUTH_SECRET: good on every process.
 */
async function csrfToken(request: APIRequestContext, base: string): Promise<string> {
  return ((await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string }).csrfToken;
}

/** One wrong sign-in at `base` (a process's own address, or nginx's): who answered, and the error code. */
async function failSignIn(
  request: APIRequestContext,
  { base, csrf, email, forwardedFor }: { base: string; csrf: string; email: string; forwardedFor: string },
) {
  const headers = { "x-forwarded-for": forwardedFor };
  const response = await request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken: csrf, email, password: "not-the-password-42", json: "true" },
    headers,
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  const { url } = (await response.json()) as { url: string };
  return { process: response.headers()[WEB_PROCESS_HEADER], error: new URL(url, base).searchParams.get("error") };
}

test("failures on both web processes count together for one client address", async ({ request }) => {
  const email = uniqueEmail("spread");
  // The client's address as nginx forwards it (it appends the address it received the request
  // from): each process, trusting one hop, takes it from X-Forwarded-For.
  const client = `203.0.113.${1 + Math.floor(Math.random() * 200)}`;
  const csrf = await csrfToken(request, cluster.web["web-1"]);
  for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
    const name = attempt % 2 === 0 ? "web-1" : "web-2";
    const outcome = await failSignIn(request, { base: cluster.web[name], csrf, email, forwardedFor: client });
    expect(outcome, `attempt ${attempt + 1}`).toEqual({ process: name, error: "CredentialsSignin" });
  }
  // Five failures on each process: both refuse the eleventh.
  for (const name of ["web-1", "web-2"] as const) {
    const outcome = await failSignIn(request, { base: cluster.web[name], csrf, email, forwardedFor: client });
    expect(outcome.process).toBe(name);
    expect(outcome.error).toMatch(/^RATE_LIMITED:\d{4}-\d\d-\d\dT/);
  }
  // Another client is not refused: the count is this address's.
  const other = await failSignIn(request, {
    base: cluster.web["web-2"],
    csrf,
    email,
    forwardedFor: "198.51.100.77",
  });
  expect(other.error).toBe("CredentialsSignin");
});

test("through nginx, a new X-Forwarded-For on each attempt does not reset the count", async ({ request }) => {
  const email = uniqueEmail("spoof");
  const csrf = await csrfToken(request, cluster.nginxUrl);
  const answeredBy = new Set<string>();
  for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
    const outcome = await failSignIn(request, {
      base: cluster.nginxUrl,
      csrf,
      email,
      forwardedFor: `198.51.100.${attempt + 1}`,
    });
    expect(outcome.error, `attempt ${attempt + 1}`).toBe("CredentialsSignin");
    answeredBy.add(outcome.process!);
  }
  expect([...answeredBy].sort()).toEqual(["web-1", "web-2"]);
  for (const forwarded of ["198.51.100.99", "203.0.113.7, 198.51.100.100"]) {
    const outcome = await failSignIn(request, { base: cluster.nginxUrl, csrf, email, forwardedFor: forwarded });
    expect(outcome.error).toMatch(/^RATE_LIMITED:/);
  }
});
