// Benchmark: the JavaScript a product page ships, gzipped. Starts nothing: point it at a running
// server (ideally `next start` after `next build`; `next dev` ships unminified code).
//   npm run bench:page-weight -- [baseUrl] [productSlug]
// baseUrl defaults to http://localhost:3000; the slug defaults to the first product the server's
// sitemap.xml lists (built from the database with the visibility rule, so it is a visible product).
// Budget (docs/architecture.md#performance-budgets): at most 120 KB of gzipped JavaScript for /p/[slug].
import { gzipSync } from "node:zlib";

const BUDGET_KB = 120;
const base = (process.argv[2] ?? process.env.BENCH_URL ?? "http://localhost:3000").replace(/\/$/, "");

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

async function firstProductSlug(): Promise<string> {
  const xml = await text(`${base}/sitemap.xml`);
  const match = xml.match(/<loc>[^<]*\/p\/([^<]+)<\/loc>/);
  if (!match) throw new Error("the sitemap lists no product: give a slug on the command line");
  return decodeURIComponent(match[1]);
}

/**
 * External scripts the page makes the browser load: <script src> and <link rel=preload as=script>.
 * `noModule` scripts (Next's legacy polyfills) are listed apart: browsers that run modules, every
 * current one, neither download nor run them.
 */
function scriptUrls(html: string, pageUrl: string): { urls: string[]; noModule: string[] } {
  const urls = new Set<string>();
  const noModule = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = tag.match(/\ssrc="([^"]+)"/i)?.[1];
    if (!src) continue;
    const url = new URL(src.replace(/&amp;/g, "&"), pageUrl).toString();
    (/\snomodule(=|\s|>)/i.test(tag) ? noModule : urls).add(url);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\bas="script"/i.test(tag) && /\brel="(preload|modulepreload)"/i.test(tag)) {
      const href = tag.match(/\shref="([^"]+)"/i)?.[1];
      if (href) urls.add(new URL(href.replace(/&amp;/g, "&"), pageUrl).toString());
    }
  }
  for (const url of noModule) urls.delete(url);
  return { urls: [...urls], noModule: [...noModule] };
}

/** Inline <script> bodies (the RSC payload, JSON-LD): shipped too, but data rather than code. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1])
    .filter((body) => body.length > 0);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  const slug = process.argv[3] ?? (await firstProductSlug());
  const pageUrl = `${base}/p/${encodeURIComponent(slug)}`;
  const html = await text(pageUrl);
  const { urls, noModule } = scriptUrls(html, pageUrl);

  console.log(`page: ${pageUrl}`);
  console.log(`HTML: ${kb(Buffer.byteLength(html))} KB raw, ${kb(gzipSync(html).length)} KB gzipped`);
  console.log(`\n${urls.length} script files (gzipped KB, raw KB):`);
  let total = 0;
  const measure = async (url: string) => {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    return { url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const rows = await Promise.all(urls.map(measure));
  for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
    total += row.gzip;
    console.log(`  ${kb(row.gzip).padStart(7)}  ${kb(row.raw).padStart(7)}  ${new URL(row.url).pathname}`);
  }
  for (const row of await Promise.all(noModule.map(measure))) {
    console.log(
      `  not counted, noModule (legacy browsers only): ${kb(row.gzip)} KB gzipped ${new URL(row.url).pathname}`,
    );
  }
  const inline = inlineScripts(html);
  const inlineGzip = gzipSync(inline.join("\n")).length;
  console.log(
    `\ninline scripts: ${inline.length}, ${kb(inlineGzip)} KB gzipped together (RSC payload and JSON-LD, not counted as code)`,
  );
  console.log(
    `TOTAL JavaScript files: ${kb(total)} KB gzipped (budget ${BUDGET_KB} KB) → ${total / 1024 <= BUDGET_KB ? "within budget" : "OVER BUDGET"}`,
  );

  // The framework's floor: the "not found" page renders no component of ours that runs in the
  // browser, so what it loads is what Next.js and React ship with every page of this app.
  const floorUrl = `${base}/p/${encodeURIComponent("no-such-product-" + Date.now())}`;
  const floorHtml = await (await fetch(floorUrl)).text();
  const floor = (await Promise.all(scriptUrls(floorHtml, floorUrl).urls.map(measure))).reduce(
    (sum, row) => sum + row.gzip,
    0,
  );
  console.log(`
framework floor (the 404 page, no client component of ours): ${kb(floor)} KB gzipped`);
  console.log(`the product page's own JavaScript above that floor: ${kb(total - floor)} KB gzipped`);
  if (total / 1024 > BUDGET_KB) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
