import { expect, test, type APIRequestContext } from "@playwright/test";

// Rate limits stored in PostgreSQL (docs/security.md, "Throttles and client addresses"), seen over
// HTTP: the type-ahead answers 429 with Retry-After past its limit per client address, and the
// address is the one the custom server took from the socket, so headers a client writes
// (X-Forwarded-For, x-halle-client-address) neither reset the count nor open a new one.

const SUGGEST_LIMIT = 120; // RATE_LIMITS.suggestPerAddress (lib/rate-limit/limits.ts), per minute

async function suggest(request: APIRequestContext, headers: Record<string, string> = {}) {
  return request.get(`/api/suggest?q=${encodeURIComponent("pain")}`, { headers });
}

test("the type-ahead answers 429 past its limit, and a forged X-Forwarded-For does not reset it", async ({
  request,
}) => {
  test.setTimeout(120_000);
  // Windows are whole minutes: start early in one so that the whole test falls inside it.
  const second = new Date().getUTCSeconds();
  if (second > 40) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));

  let answered = 0;
  let refused = null;
  // Earlier journeys may already have used some of this minute's allowance: go until refused.
  for (let n = 0; n <= SUGGEST_LIMIT && !refused; n++) {
    const response = await suggest(request, { "x-forwarded-for": `198.51.100.${n % 250}` });
    if (response.status() === 429) refused = response;
    else {
      expect(response.status()).toBe(200);
      answered++;
    }
  }
  expect(refused, `no 429 after ${answered} answers`).not.toBeNull();
  expect(answered).toBeLessThanOrEqual(SUGGEST_LIMIT);
  const retryAfter = Number(refused!.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused!.headers()["cache-control"]).toBe("no-store");

  // New addresses claimed in every header a client can write: still the same client, still refused.
  const forged: Record<string, string>[] = [
    { "x-forwarded-for": "203.0.113.9" },
    { "x-forwarded-for": "203.0.113.10, 10.0.0.1" },
    { "x-real-ip": "203.0.113.11" },
    { "x-halle-client-address": "203.0.113.12" },
  ];
  for (const headers of forged) {
    const response = await suggest(request, headers);
    expect(response.status(), JSON.stringify(headers)).toBe(429);
  }
});

test("signing up with an address that has an account answers as for a new one", async ({ page }) => {
  // The demo shopper (prisma/seed/accounts.ts) exists; someone else tries to sign up with it.
  await page.goto("/sign-up");
  await page.getByLabel("Nom", { exact: true }).fill("Quelqu'un d'autre");
  await page.getByLabel("Adresse e-mail").fill("shopper@halle.test");
  await page.getByRole("button", { name: "Créer mon compte" }).click();

  // The answer a new address gets (docs/security.md, "Sign-up"): a link was e-mailed.
  const main = page.getByRole("main");
  await expect(main.getByRole("status")).toContainText(
    "Nous avons envoyé à shopper@halle.test un lien pour finir de créer votre compte",
    { timeout: 20_000 },
  );
  await expect(main.getByRole("status").getByRole("link", { name: "Se connecter" })).toHaveAttribute(
    "href",
    "/sign-in",
  );
  await expect(page.getByText("Un compte existe déjà")).toHaveCount(0);
  await expect(main.getByRole("alert")).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-up$/);
  // No session opened.
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
});
