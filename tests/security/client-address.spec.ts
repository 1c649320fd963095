import { expect, test } from "@playwright/test";

// The client's address (docs/security.md, "Throttles and client addresses"): scripts/server.ts
// replaces any client-sent `x-halle-client-address` with the socket's address, and that is the
// only address the app reads (sign-in's throttle, the shop contact form's limit). Shown through
// sign-in's throttle: distinct claimed addresses still count as one client.

test("a client-sent x-halle-client-address is replaced, not believed", async ({ request }) => {
  const email = `address-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const attempt = async (claimed: string) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: "not-the-password-42", json: "true" },
      headers: { "x-halle-client-address": claimed, "x-forwarded-for": claimed },
      maxRedirects: 0,
    });
    const { url } = (await response.json()) as { url: string };
    return new URL(url, "http://localhost").searchParams.get("error");
  };
  for (let i = 0; i < 10; i++) expect(await attempt(`192.0.2.${i + 1}`), `attempt ${i + 1}`).toBe("CredentialsSignin");
  expect(await attempt("192.0.2.200")).toMatch(/^RATE_LIMITED:/);
});

test("odd address headers break nothing", async ({ request }) => {
  const cases: Record<string, string>[] = [
    { "x-halle-client-address": "" },
    { "x-forwarded-for": "not an address, 999.1.1.1, , ::" },
    { "x-forwarded-for": "a".repeat(4000) },
  ];
  for (const headers of cases) {
    const response = await request.get("/api/health", { headers });
    expect(response.status(), JSON.stringify(headers).slice(0, 80)).toBe(200);
  }
});
