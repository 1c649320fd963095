import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signIn, signUpAndConfirm } from "../e2e/support";

// Revocable sessions (docs/security.md, headers, cookies and sessions): "sign out everywhere" and
// a password change end the sessions of other browsers at their next page.
const PASSWORD = "un-mot-de-passe-solide";
const NEW_PASSWORD = "un-autre-mot-de-passe-42";

async function signUp(page: Page, email: string) {
  await signUpAndConfirm(page, { name: "Claude Sessions", email, password: PASSWORD });
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
}

/** One account, signed in in two browsers (two contexts: two cookie jars). */
async function twoBrowsers(browser: Browser): Promise<{ email: string; contexts: BrowserContext[]; a: Page; b: Page }> {
  const email = `sessions-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const contexts = [await browser.newContext({ locale: "fr-FR" }), await browser.newContext({ locale: "fr-FR" })];
  const [a, b] = [await contexts[0].newPage(), await contexts[1].newPage()];
  await signUp(a, email);
  await signIn(b, email, PASSWORD);
  for (const page of [a, b]) {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/account$/);
  }
  return { email, contexts, a, b };
}

async function expectSignedOut(page: Page) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
}

test("sign out everywhere: this browser and the other one are signed out", async ({ browser }) => {
  const { contexts, a, b } = await twoBrowsers(browser);
  const section = a.getByRole("region", { name: "Connexions et mot de passe" });
  await section.getByRole("button", { name: "Me déconnecter partout" }).click();
  await expect(a).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expectSignedOut(a);
  // The other browser still holds its cookie, but the session is no longer current.
  expect((await contexts[1].cookies()).some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);
  await expectSignedOut(b);
  for (const context of contexts) await context.close();
});

test("changing the password ends the other session and keeps this one", async ({ browser }) => {
  const { email, contexts, a, b } = await twoBrowsers(browser);
  const section = a.getByRole("region", { name: "Connexions et mot de passe" });

  // A wrong current password: refused beside the field, nothing changes (the other browser stays in).
  await section.getByLabel("Mot de passe actuel").fill("pas-le-bon-mot-de-passe");
  await section.getByLabel("Nouveau mot de passe", { exact: true }).fill(NEW_PASSWORD);
  await section.getByLabel("Nouveau mot de passe, une seconde fois").fill(NEW_PASSWORD);
  await section.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await expect(section.getByText("Ce n’est pas votre mot de passe actuel.")).toBeVisible();
  await b.goto("/account");
  await expect(b).toHaveURL(/\/account$/);

  // A new password too short for sign-up's rule.
  await section.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await section.getByLabel("Nouveau mot de passe", { exact: true }).fill("court");
  await section.getByLabel("Nouveau mot de passe, une seconde fois").fill("court");
  await section.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await expect(section.getByText("Le mot de passe doit contenir au moins 10 caractères.")).toBeVisible();

  await section.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await section.getByLabel("Nouveau mot de passe", { exact: true }).fill(NEW_PASSWORD);
  await section.getByLabel("Nouveau mot de passe, une seconde fois").fill(NEW_PASSWORD);
  await section.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await expect(section.getByRole("status")).toContainText("Votre mot de passe a été changé.");

  // This browser stays signed in; the other is signed out at its next page.
  await a.goto("/account");
  await expect(a).toHaveURL(/\/account$/);
  await expectSignedOut(b);

  // The new password signs in; the old one no longer does.
  await signIn(b, email, NEW_PASSWORD);
  await b.goto("/account");
  await expect(b).toHaveURL(/\/account$/);
  const fresh = await browser.newContext({ locale: "fr-FR" });
  const c = await fresh.newPage();
  await c.goto("/sign-in");
  await c.getByLabel("Adresse e-mail").fill(email);
  await c.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await c.getByRole("button", { name: "Se connecter" }).click();
  await expect(c.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();
  for (const context of [...contexts, fresh]) await context.close();
});
