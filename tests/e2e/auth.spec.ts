import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { APPLICANT, OPERATOR, SHOPPER, VENDOR, readSignUpLink } from "./support";

// Demo accounts created by the seed (prisma/seed/accounts.ts). The UI is French by default.

function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await fillSignIn(page, email, password);
}

async function fillSignUp(page: Page, { name, email }: { name: string; email: string }) {
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
}

// docs/security.md, "Sign-up": the form answers "we e-mailed you a link" whether or not the address
// has an account, and no session opens until the e-mailed link is used.
const SENT = (email: string) => `Nous avons envoyé à ${email} un lien pour finir de créer votre compte`;

test("a shopper signs up, confirms from the e-mail and lands signed in; the link works once", async ({ page }) => {
  const name = `Alex Testeur ${Date.now()}`;
  const email = uniqueEmail("shopper");
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Créer un compte" })).toBeVisible();
  await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveCount(0);
  await fillSignUp(page, { name, email });
  await expect(page.getByRole("main").getByRole("status")).toContainText(SENT(email), { timeout: 20_000 });

  // Not signed in: no account exists yet.
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await expect(header.getByText(name)).toHaveCount(0);

  // The e-mailed link: the address as signed up, the password to choose (sign-up's rule).
  const link = await readSignUpLink(email);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Finir de créer votre compte" })).toBeVisible();
  await expect(page.getByRole("main").getByText(email)).toBeVisible();
  const password = page.getByLabel("Choisissez votre mot de passe");
  await password.fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Le mot de passe doit contenir au moins 10 caractères\./);
  await password.fill("un-mot-de-passe-solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();

  // Creating the account hashes the password, then signs in: allow it a little longer.
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/, { timeout: 20_000 });
  await expect(header.getByText(name)).toBeVisible();
  await expect(header.getByRole("link", { name: "Se connecter" })).toHaveCount(0);

  // …and signs out from the account menu.
  await header.getByText(name).click();
  await header.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(header.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  // The link a second time: the account exists, nothing changes, sign in instead.
  await page.goto(link);
  await page.getByLabel("Choisissez votre mot de passe").fill("un-autre-mot-de-passe");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  const main = page.getByRole("main");
  await expect(main.getByRole("alert")).toHaveText("Cette adresse a déjà un compte : connectez-vous.");
  await expect(main.getByRole("link", { name: "Se connecter" })).toHaveAttribute("href", "/sign-in");
  await signIn(page, email, "un-autre-mot-de-passe");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.");
});

test("a sign-up link that is forged or expired says so and offers to sign up again", async ({ page }) => {
  const forged = `${Buffer.from(JSON.stringify({ e: "x@example.com", n: "X", r: "VENDOR", l: "fr", c: null, x: 9e15 })).toString("base64url")}.AAAA`;
  for (const path of [`/sign-up/confirm?token=${forged}`, "/sign-up/confirm", "/sign-up/confirm?token=%00"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Finir de créer votre compte" })).toBeVisible();
    await expect(page.getByText("Ce lien n'est pas valide : il a expiré ou a été modifié.")).toBeVisible();
    await expect(page.getByLabel("Choisissez votre mot de passe")).toHaveCount(0);
  }
  await page.getByRole("link", { name: "S'inscrire à nouveau" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("signing up with an address that has an account answers the same and opens no session", async ({ page }) => {
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Quelqu'un d'autre", email: APPLICANT.email });
  await expect(page.getByRole("main").getByRole("status")).toContainText(SENT(APPLICANT.email), { timeout: 20_000 });
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
});

test("a sign-up with no name or a bad address is refused on its fields and sends nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await fillSignUp(page, { name: " ", email: "pas-une-adresse" });
  await expect(page.getByText("Indiquez votre nom.")).toBeVisible();
  const email = page.getByLabel("Adresse e-mail");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Cette adresse e-mail n'est pas valide\./);
  await expect(email).toHaveValue("pas-une-adresse");
  await expect(page.getByRole("main").getByRole("status")).toHaveCount(0);
});

test("too many failed sign-ins are throttled with their own message", async ({ page }) => {
  const email = uniqueEmail("throttle");
  await page.goto("/sign-in");
  const alert = page.getByRole("main").getByRole("alert");
  // The throttle allows 10 failures for one e-mail from one address, then refuses for a while.
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await fillSignIn(page, email, `wrong-password-${attempt}`);
    await expect(alert).toHaveText("E-mail ou mot de passe incorrect.");
    await expect(page.getByRole("button", { name: "Se connecter" })).toBeEnabled();
  }
  await fillSignIn(page, email, "wrong-password-again");
  // It says when to retry: when the first failure leaves the 15-minute window (docs/security.md).
  await expect(alert).toHaveText(/^Trop de tentatives de connexion\. Réessayez dans 1[45] minutes\.$/);
});

test("a vendor signs in and reaches their dashboard with their two shops", async ({ page }) => {
  await signIn(page, VENDOR.email, VENDOR.password);

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
  const shops = page.getByRole("region", { name: "Mes boutiques" });
  await expect(shops.getByRole("heading", { name: "Le Fournil Colbert" })).toBeVisible();
  await expect(shops.getByRole("heading", { name: "Librairie La Corderie" })).toBeVisible();
  await expect(shops.getByRole("listitem")).toHaveCount(2);
  // Another vendor's shop never shows up here.
  await expect(page.getByText("Brûlerie du Quai")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Produits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Produits" })).toBeVisible();
});

test("a shopper is refused the dashboard and the admin area", async ({ page }) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);

  for (const path of ["/dashboard", "/admin", "/admin/sellers"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  }
});

test("a signed-out visitor to the dashboard is sent to sign in, then back", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();

  await fillSignIn(page, VENDOR.email, VENDOR.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the operator reaches the admin area and sees the pending application", async ({ page }) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);

  await expect(page).toHaveURL(/\/admin$/);
  const pending = page.getByRole("region", { name: "Candidatures en attente" });
  await expect(pending.getByRole("row", { name: /Brûlerie du Quai/ })).toContainText("En attente de validation");

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Vendeurs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vendeurs" })).toBeVisible();
  // The queue opens on the pending applications.
  await expect(page.getByRole("main").getByRole("row").nth(1)).toContainText("En attente de validation");
});

test("switching the language to English changes the header", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Se connecter" })).toBeVisible();

  await header.getByRole("button", { name: "English" }).click();

  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Choose my location" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(header.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
});
