import { expect, test } from "./fixtures";
import sharp from "sharp";
import { OPERATOR, signIn, switchShop, VENDOR } from "./support";

// Vendor support (docs/trust.md, vendor support), on the demo data (prisma/seed): the demo vendor
// opens a request about an order of "Le Fournil Colbert" (DEMO04) with a photo; an operator finds
// it in the queue, opens it and answers; the vendor sees the answer and the status, and closes it.
const SUBJECT = `Client absent au retrait ${Date.now().toString(36)}`;
const QUESTION = "Le client ne vient pas chercher sa commande : que faire des croissants ?";
const ANSWER = "Gardez-les jusqu'à ce soir ; passé ce délai, annulez la commande avec ce motif.";

test("a vendor asks for help about an order with a photo; an operator answers; the vendor closes", async ({
  page,
  browser,
}) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/support");
  await switchShop(page, "Le Fournil Colbert", "/dashboard/support/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle demande d'assistance" })).toBeVisible();

  // A bad subject is refused beside the field, and what was typed stays.
  await page.getByLabel("Objet").fill("ok");
  await page.getByLabel("Votre message").fill(QUESTION);
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByText("L'objet doit faire au moins 3 caractères.")).toBeVisible();
  await expect(page.getByLabel("Votre message")).toHaveValue(QUESTION);

  await page.getByLabel("Objet").fill(SUBJECT);
  const order = page.getByLabel("Commande concernée (facultatif)");
  const option = order.locator("option", { hasText: "DEMO04" });
  const orderNumber = (await option.textContent())!.match(/H-\S+/)![0];
  await order.selectOption((await option.getAttribute("value"))!);
  const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .png()
    .toBuffer();
  await page.getByLabel(/^Photos ou PDF/).setInputFiles({ name: "etagere.png", mimeType: "image/png", buffer: photo });
  await page.getByRole("button", { name: "Envoyer la demande" }).click();

  await expect(page.getByRole("heading", { level: 1, name: SUBJECT })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Votre demande est envoyée" })).toBeVisible();
  await expect(page.getByTestId("support-status")).toHaveText("En attente de l'équipe");
  await expect(page.getByRole("link", { name: orderNumber })).toBeVisible();
  const vendorThread = page.getByRole("list", { name: "Messages de la demande" });
  await expect(vendorThread.getByText(QUESTION)).toBeVisible();
  const image = vendorThread.getByRole("img", { name: "Photo jointe : etagere.png" });
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);
  const requestUrl = page.url();

  // The operator: the queue, OPEN first; the request with its shop and order; an answer.
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await signIn(operator, OPERATOR.email, OPERATOR.password);
  await operator.goto("/admin/support?status=OPEN");
  await expect(operator.getByRole("heading", { level: 1, name: "Assistance aux vendeurs" })).toBeVisible();
  await operator.getByRole("link", { name: SUBJECT }).click();
  await expect(operator.getByRole("heading", { level: 1, name: SUBJECT })).toBeVisible();
  await expect(operator.getByTestId("support-status")).toHaveText("À traiter");
  await expect(operator.getByRole("link", { name: "Le Fournil Colbert" })).toBeVisible();
  await expect(operator.getByRole("link", { name: orderNumber })).toHaveAttribute("href", /\/admin\/orders\//);
  await expect(operator.getByRole("img", { name: "Photo jointe : etagere.png" })).toBeVisible();
  await operator.getByLabel("Votre réponse").fill(ANSWER);
  await operator.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(operator.getByRole("status").filter({ hasText: "Message envoyé." })).toBeVisible();
  await expect(operator.getByTestId("support-status")).toHaveText("Répondue");
  await operatorContext.close();

  // The vendor: the answer, the status, then closing (confirmed first).
  await page.goto("/dashboard/support");
  await expect(page.getByRole("link", { name: /^Assistance/ }).first()).toContainText("réponse(s) de l'équipe à lire");
  const row = page.getByRole("listitem").filter({ hasText: SUBJECT });
  await expect(row.getByTestId("support-status")).toHaveText("Réponse reçue");
  await page.goto(requestUrl);
  await expect(page.getByText(ANSWER)).toBeVisible();
  await expect(page.getByText("L'équipe de la place de marché", { exact: true })).toBeVisible();
  await page.getByText("Clôturer…").click();
  await page.getByRole("button", { name: "Oui, clôturer" }).click();
  await expect(page.getByTestId("support-status")).toHaveText("Clôturée");
  await expect(page.getByText("Cette demande est clôturée. Écrire à nouveau la rouvre.")).toBeVisible();
});
