import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "../e2e/fixtures";
import { signUpAndConfirm } from "../e2e/support";

// Personal data (docs/security.md, personal data): a shopper downloads their data, deletes their
// account, and can neither sign in again nor use the session they had.
const PASSWORD = "un-mot-de-passe-solide";
const JSON_URL = "/account/data/personal-data.json";
const CSV_URL = "/account/data/personal-data.csv";

async function signUp(page: Page, email: string) {
  await signUpAndConfirm(page, { name: "Camille Données", email, password: PASSWORD });
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
}

test("a signed-out visitor gets 401 from both downloads, never cached", async ({ request }) => {
  for (const url of [JSON_URL, CSV_URL]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
    expect(response.headers()["cache-control"], url).toContain("no-store");
  }
});

test("a shopper downloads their data, deletes the account, and cannot sign in again", async ({ page, browser }) => {
  const email = `privacy-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await signUp(page, email);
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Vos données" });

  // The JSON download: the account's own data, as an attachment.
  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Télécharger mes données (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^halle-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.account).toMatchObject({ email, name: "Camille Données", role: "SHOPPER" });
  const csv = await page.request.get(CSV_URL);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="halle-personal-data-/);
  expect(csv.headers()["cache-control"]).toContain("no-store");
  expect(await csv.text()).toContain(email);

  // The session as it is now, to try it again after the deletion.
  const cookies = await page.context().cookies();

  // A wrong password is refused beside the field; nothing is deleted.
  const form = section.getByRole("form", { name: "Supprimer mon compte" });
  await form.getByLabel("Votre mot de passe").fill("pas-le-bon-mot-de-passe");
  await form.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(form.getByText("Ce mot de passe n'est pas le bon.")).toBeVisible();
  expect((await page.request.get(JSON_URL)).status()).toBe(200);

  // The right one: deleted, signed out, the confirmation page.
  await form.getByLabel("Votre mot de passe").fill(PASSWORD);
  await form.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/\/account\/deleted$/);
  await expect(page.getByRole("heading", { level: 1, name: "Votre compte a été supprimé" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  // The old session cookie, replayed, is no session any more.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  expect((await replay.request.get(JSON_URL, { maxRedirects: 0 })).status()).toBe(401);
  await replay.close();

  // Signing in with the old e-mail and password fails like any wrong pair.
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.");
});
