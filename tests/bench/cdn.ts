// Benchmark (docs/scaling.md, "A CDN"): what a CDN in front of nginx would take off the web
// processes. A shopper's first visit — the home page, a search, a product page, its shop's page —
// is replayed as a browser with an empty cache makes it: each page's HTML, then every file it
// names (scripts, style sheets, fonts, icons under /_next/static; photos and logos under /files),
// once each. Bytes are counted as sent (gzip asked for, as browsers do). We print, for the visit
// and for each later page (the browser's cache holds the files: only the HTML is asked again),
// the requests and bytes that must reach a web process (pages) and those a CDN could answer (the
// hashed assets, immutable for a year, and the public files, with their own lifetimes).
// Starts nothing: point it at a running server, as bench:page-weight.
//   npm run bench:cdn -- [baseUrl] [searchWord]
// baseUrl defaults to http://localhost:3000, the search word to « miel ».
const base = (process.argv[2] ?? process.env.BENCH_URL ?? "http://localhost:3000").replace(/\/$/, "");
const word = process.argv[3] ?? "miel";

type Fetched = { url: string; bytes: number; kind: "page" | "static" | "file" };
const seen = new Set<string>();

/** Bytes as sent: the compressed body when the server compressed it. */
async function get(path: string): Promise<{ body: string; bytes: number }> {
  const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "gzip" } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const length = Number(response.headers.get("content-length") ?? "NaN");
  const buffer = Buffer.from(await response.arrayBuffer());
  // fetch undoes the gzip: when the server gave no length, count the gzipped size ourselves.
  const compressed = response.headers.get("content-encoding") === "gzip";
  const { gzipSync } = await import("node:zlib");
  const bytes = Number.isFinite(length) ? length : compressed ? gzipSync(buffer).length : buffer.length;
  return { body: buffer.toString("utf8"), bytes };
}

/** The files a page names: scripts, style sheets, preloads, images (src and srcset), icons. */
function filesOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="(\/(?:_next\/static|files)\/[^"]+)"/g)) found.add(match[1]);
  for (const match of html.matchAll(/srcSet="([^"]+)"/gi))
    for (const part of match[1].split(",")) {
      const url = part.trim().split(" ")[0];
      if (url.startsWith("/")) found.add(url);
    }
  return [...found].map((url) => url.replace(/&amp;/g, "&"));
}

async function visit(path: string): Promise<Fetched[]> {
  const page = await get(path);
  const fetched: Fetched[] = [{ url: path, bytes: page.bytes, kind: "page" }];
  for (const url of filesOf(page.body)) {
    if (seen.has(url)) continue;
    seen.add(url);
    fetched.push({ url, bytes: (await get(url)).bytes, kind: url.startsWith("/files/") ? "file" : "static" });
  }
  return fetched;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
function line(label: string, items: Fetched[]) {
  const sum = (kind: Fetched["kind"]) => items.filter((i) => i.kind === kind).reduce((a, i) => a + i.bytes, 0);
  const count = (kind: Fetched["kind"]) => items.filter((i) => i.kind === kind).length;
  const total = items.reduce((a, i) => a + i.bytes, 0);
  const cdn = sum("static") + sum("file");
  console.log(
    `  ${label.padEnd(34)} pages ${String(count("page")).padStart(2)} req ${kb(sum("page")).padStart(9)}   /_next/static ${String(count("static")).padStart(3)} req ${kb(sum("static")).padStart(9)}   /files ${String(count("file")).padStart(3)} req ${kb(sum("file")).padStart(9)}   a CDN's share: ${((100 * cdn) / total).toFixed(0)} % of bytes, ${((100 * (items.length - count("page"))) / items.length).toFixed(0)} % of requests`,
  );
}

async function main() {
  const sitemap = (await get("/sitemap.xml")).body;
  const product = sitemap.match(/<loc>[^<]*(\/p\/[^<]+)<\/loc>/)?.[1];
  const shop = sitemap.match(/<loc>[^<]*(\/shops\/[^<]+)<\/loc>/)?.[1];
  if (!product || !shop) throw new Error("the sitemap lists no product or no shop");
  console.log(`A shopper's first visit to ${base}, an empty browser cache (bytes as sent, gzip asked for):`);
  const all: Fetched[] = [];
  for (const path of ["/", `/search?q=${encodeURIComponent(word)}`, product, shop]) {
    const items = await visit(path);
    all.push(...items);
    line(path.length > 34 ? `${path.slice(0, 31)}…` : path, items);
  }
  line("the whole visit", all);
  const pages = all.filter((i) => i.kind === "page");
  console.log(
    `\nLater pages (files cached by the browser): only the HTML, ${kb(pages.reduce((a, i) => a + i.bytes, 0) / pages.length)} a page on average, reaches a web process; the rest of a first visit (${kb(all.filter((i) => i.kind !== "page").reduce((a, i) => a + i.bytes, 0))} in ${all.length - pages.length} requests) is what a CDN answers for every new visitor.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
