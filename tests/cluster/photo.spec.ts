import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signIn, VENDOR } from "../e2e/support";
import { cluster, publicObject, query, WEB_PROCESS_HEADER } from "./cluster";

// Files in object storage (docs/scaling.md, "Running several processes"): a photo a vendor uploads
// through one web process is served by the other one and through nginx, from the bucket; neither
// process keeps it on its disk.

/** Every file under the folders local storage would use (none exist with HALLE_STORAGE=s3). */
function localFiles(): string[] {
  return cluster.localFileDirs
    .flatMap((dir) => {
      try {
        return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      } catch {
        return [];
      }
    })
    .map((entry) => entry.name);
}

test("a photo uploaded through web-1 is seen by a shopper through web-2 and nginx, read from the bucket", async ({
  page,
  browser,
  request,
}) => {
  const web1 = cluster.web["web-1"];
  const web2 = cluster.web["web-2"];
  const title = `Fougasse des deux serveurs ${Date.now()}`;
  const alt = "Fougasse dorée, vue de dessus";
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .png()
    .toBuffer();

  // Signed in through nginx: the session cookie (host localhost, any port) is good on every process.
  await signIn(page, VENDOR.email, VENDOR.password);
  const form = await page.goto(`${web1}/dashboard/products/new`);
  expect(form?.headers()[WEB_PROCESS_HEADER]).toBe("web-1");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Prix (€)", { exact: true }).fill("6,80");
  await page.getByLabel("Quantité en stock").fill("5");
  await page.getByLabel("Description courte", { exact: true }).fill("Pâte à pain, huile d'olive et thym.");
  await page
    .getByLabel("Photos (8 au plus)", { exact: true })
    .setInputFiles({ name: "fougasse.png", mimeType: "image/png", buffer: photo });
  const [upload] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && response.url().startsWith(web1)),
    page.getByRole("button", { name: "Créer le produit" }).click(),
  ]);
  expect(upload.headers()[WEB_PROCESS_HEADER]).toBe("web-1");
  await expect(page).toHaveURL(new RegExp(`^${web1}/dashboard/products/[^/?]+\\?created=1`), { timeout: 30_000 });
  await expect(page.getByText("1/8 photos")).toBeVisible();
  await page.getByLabel("Texte alternatif de la photo 1").fill(alt);
  await page.getByRole("button", { name: "Enregistrer les textes alternatifs" }).click();
  await expect(page.getByText("Photos enregistrées.")).toBeVisible();
  await page.getByRole("button", { name: "Mettre en ligne" }).click();
  await expect(page.getByText("Le produit est en ligne.")).toBeVisible();

  const [product] = await query<{ slug: string }>(`SELECT slug FROM "Product" WHERE title = $1`, [title]);
  expect(product).toBeDefined();

  // A shopper, signed out, on the other process: the page and the photo come from web-2.
  const shopper = await browser.newContext();
  try {
    const shopperPage = await shopper.newPage();
    const productPage = await shopperPage.goto(`${web2}/p/${product!.slug}`);
    expect(productPage?.headers()[WEB_PROCESS_HEADER]).toBe("web-2");
    const image = shopperPage.getByRole("img", { name: alt }).first();
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const shown = new URL(await image.evaluate((img: HTMLImageElement) => img.currentSrc || img.src));
    expect(shown.origin).toBe(web2);
    expect(shown.pathname).toMatch(/^\/files\//);

    const fromWeb2 = await request.get(`${web2}${shown.pathname}`);
    expect(fromWeb2.status()).toBe(200);
    expect(fromWeb2.headers()[WEB_PROCESS_HEADER]).toBe("web-2");
    expect(fromWeb2.headers()["content-type"]).toMatch(/^image\//);
    const bytes = await fromWeb2.body();

    // Through nginx, from whichever process, the same bytes: those the bucket holds.
    const fromNginx = await request.get(shown.pathname);
    expect(fromNginx.status()).toBe(200);
    expect(Buffer.compare(await fromNginx.body(), bytes)).toBe(0);
    const stored = await publicObject(decodeURIComponent(shown.pathname.slice("/files/".length)));
    expect(Buffer.compare(stored, bytes)).toBe(0);
    expect((await sharp(stored).metadata()).width).toBeGreaterThan(0);
  } finally {
    await shopper.close();
  }

  // Neither process wrote the photo (nor any file) on its disk.
  expect(localFiles()).toEqual([]);
});
