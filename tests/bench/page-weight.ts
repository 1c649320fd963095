// Benchmark: the JavaScript a product page ships, gzipped. Starts nothing: point it at a running
// server (ideally `next start` after `next build`; `next dev` ships unminified code).
//   npm run bench:page-weight -- [baseUrl] [productSlug]
// baseUrl defaults to http://localhost:3000; the slug defaults to the first product the server's
// sitemap.xml lists (built from the database with the visibility rule, so it is a visible product).
// Budget (docs/architecture.md#performance-budgets): at most 120 KB of gzipped JavaScript for /p/[slug].
// The same page is measured again in Persian (the `halle_locale=fa` cookie): the Persian catalogue
// must not bloat what the browser receives, only the namespaces the page's client components need
// are sent (docs/i18n.md); the messages found in the page's RSC payload are measured too.
import { gzipSync } from "node:zlib";
import { getMessages } from "@/lib/i18n/catalogues";

const BUDGET_KB = 120;
const base = (process.argv[2] ?? process.env.BENCH_URL ?? "http://localhost:3000").replace(/\/$/, "");

async function text(url: string, locale?: string): Promise<string> {
  const response = await fetch(url, locale ? { headers: { cookie: `halle_locale=${locale}` } } : undefined);
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

/** The RSC payload the page carries inline: the strings of its `self.__next_f.push([1, "…"])` calls. */
function flightPayload(html: string): string {
  let payload = "";
  for (const body of inlineScripts(html)) {
    const call = body.match(/^\s*self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/);
    if (!call) continue;
    const chunk = (JSON.parse(call[1]) as unknown[])[1];
    if (typeof chunk === "string") payload += chunk;
  }
  return payload;
}

/** The JSON object starting at `start` (a "{"), strings and their escapes respected. */
function objectAt(text: string, start: number): string {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

/** The messages the page hands to its client components (every <ClientMessages> of the page). */
function sentMessages(html: string): string[] {
  const payload = flightPayload(html);
  const found: string[] = [];
  for (const match of payload.matchAll(/"messages":\{/g))
    found.push(objectAt(payload, match.index + '"messages":'.length));
  return found;
}

type Weight = {
  html: number;
  htmlGzip: number;
  scripts: number;
  inlineGzip: number;
  messages: number;
  messagesGzip: number;
};

/** What one product page costs, printed: HTML, script files (gzipped), inline payload, messages. */
async function weigh(
  pageUrl: string,
  locale: string | undefined,
  measure: (url: string) => Promise<Row>,
): Promise<Weight> {
  const html = await text(pageUrl, locale);
  const { urls, noModule } = scriptUrls(html, pageUrl);
  console.log(`\npage: ${pageUrl}${locale ? ` (cookie halle_locale=${locale})` : ""}`);
  console.log(`HTML: ${kb(Buffer.byteLength(html))} KB raw, ${kb(gzipSync(html).length)} KB gzipped`);
  console.log(`${urls.length} script files (gzipped KB, raw KB):`);
  let total = 0;
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
    `inline scripts: ${inline.length}, ${kb(inlineGzip)} KB gzipped together (RSC payload and JSON-LD, not counted as code)`,
  );
  const messages = sentMessages(html);
  const messagesRaw = messages.reduce((sum, m) => sum + Buffer.byteLength(m), 0);
  const messagesGzip = gzipSync(messages.join("\n")).length;
  console.log(
    `messages for client components in the RSC payload: ${messages.length} provider(s), ${kb(messagesRaw)} KB raw, ${kb(messagesGzip)} KB gzipped`,
  );
  console.log(
    `TOTAL JavaScript files: ${kb(total)} KB gzipped (budget ${BUDGET_KB} KB) → ${total / 1024 <= BUDGET_KB ? "within budget" : "OVER BUDGET"}`,
  );
  return {
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    scripts: total,
    inlineGzip,
    messages: messagesRaw,
    messagesGzip,
  };
}

type Row = { url: string; raw: number; gzip: number };

async function main() {
  const slug = process.argv[3] ?? (await firstProductSlug());
  const pageUrl = `${base}/p/${encodeURIComponent(slug)}`;
  const measure = async (url: string): Promise<Row> => {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    return { url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };

  const fr = await weigh(pageUrl, undefined, measure);
  const fa = await weigh(pageUrl, "fa", measure);

  // The framework's floor: the "not found" page renders no component of ours that runs in the
  // browser, so what it loads is what Next.js and React ship with every page of this app.
  const floorUrl = `${base}/p/${encodeURIComponent("no-such-product-" + Date.now())}`;
  const floorHtml = await (await fetch(floorUrl)).text();
  const floor = (await Promise.all(scriptUrls(floorHtml, floorUrl).urls.map(measure))).reduce(
    (sum, row) => sum + row.gzip,
    0,
  );
  const wholeFa = Buffer.byteLength(JSON.stringify(getMessages("fa")));
  console.log(`
framework floor (the 404 page, no client component of ours): ${kb(floor)} KB gzipped
the product page's own JavaScript above that floor: ${kb(fr.scripts - floor)} KB gzipped (default language), ${kb(fa.scripts - floor)} KB gzipped (fa)

                      default     fa
JavaScript files gz  ${kb(fr.scripts).padStart(7)}  ${kb(fa.scripts).padStart(7)} KB
HTML raw             ${kb(fr.html).padStart(7)}  ${kb(fa.html).padStart(7)} KB
HTML gzipped         ${kb(fr.htmlGzip).padStart(7)}  ${kb(fa.htmlGzip).padStart(7)} KB
inline payload gz    ${kb(fr.inlineGzip).padStart(7)}  ${kb(fa.inlineGzip).padStart(7)} KB
messages sent raw    ${kb(fr.messages).padStart(7)}  ${kb(fa.messages).padStart(7)} KB
messages sent gz     ${kb(fr.messagesGzip).padStart(7)}  ${kb(fa.messagesGzip).padStart(7)} KB
the whole fa catalogue: ${kb(wholeFa)} KB raw: the fa page sends ${((100 * fa.messages) / wholeFa).toFixed(1)} % of it`);
  if (fr.scripts / 1024 > BUDGET_KB || fa.scripts / 1024 > BUDGET_KB) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
