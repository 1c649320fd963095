// Benchmark: a 10,000-row catalogue CSV previewed then committed (all creates), then the same file
// changed and re-imported (all updates), against a real PostgreSQL. Prints seconds per phase and
// the peak resident memory (sampled every 50 ms). Target: each phase under 30 s, under 300 MB.
// Run: `npm run bench:import` — uses DATABASE_URL (a migrated database) when set, otherwise an
// embedded PostgreSQL in .data/bench-import (port BENCH_PG_PORT, default 5495), created fresh.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";

const ROWS = 10_000;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

function catalogue(priceCents: (i: number) => number): Uint8Array {
  const lines = ["référence;titre;description_courte;description;type;prix;stock_suivi;stock;poids_g;statut"];
  for (let i = 0; i < ROWS; i++) {
    const cents = priceCents(i);
    const price = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
    lines.push(`BENCH-${String(i).padStart(5, "0")};Produit n°${i} « fait maison »;Description courte ${i};"Une description
sur deux lignes; avec des guillemets ""doubles""";physique;${price};oui;${i % 50};${100 + (i % 900)};brouillon`);
  }
  return new TextEncoder().encode(lines.join("\r\n"));
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  // Collect the previous phase's garbage first (a server does between requests), when allowed.
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const result = await run();
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(2)} s   (peak RSS so far ${mb(peakRss)}, heap used now ${mb(process.memoryUsage().heapUsed)})`,
  );
  return result;
}

async function main() {
  let embedded: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: ".data/bench-import",
      port: Number(process.env.BENCH_PG_PORT ?? 5495),
      fresh: true,
    });
    await ensureDatabase(embedded.adminUrl, "halle_bench");
    process.env.DATABASE_URL = embedded.urlFor("halle_bench");
    applyMigrations(process.env.DATABASE_URL);
  }
  const privateDir = await mkdtemp(path.join(tmpdir(), "halle-bench-import-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;

  // Imported after DATABASE_URL is set (the client is created on first use).
  const { getDb, disconnectDb } = await import("@/lib/db");
  const { previewCatalogImport } = await import("@/lib/catalog/csv/preview-import");
  const { commitCatalogImport } = await import("@/lib/catalog/csv/commit-import");
  const db = getDb();
  await db.$queryRaw`SELECT 1`;
  console.log(
    `RSS before the import (runtime, Prisma client, one connection): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
  );
  const suffix = randomBytes(4).toString("hex");
  const vendor = await db.user.create({
    data: { email: `bench-${suffix}@example.test`, name: "Bench", passwordHash: "x", role: "VENDOR" },
    select: { id: true, role: true, name: true, email: true },
  });
  const shop = await db.shop.create({
    data: {
      slug: `bench-${suffix}`,
      name: `Bench ${suffix}`,
      trade: "Épicerie",
      city: "Lyon",
      ownerId: vendor.id,
      status: "APPROVED",
    },
  });

  try {
    const first = catalogue((i) => 100 + i);
    console.log(`${ROWS} rows, ${(first.byteLength / 1024 / 1024).toFixed(1)} MB`);
    const preview = await timed("preview (10,000 new rows)", () =>
      previewCatalogImport(vendor, { shopId: shop.id, fileName: "bench.csv", bytes: first }),
    );
    if (preview.errorCount > 0 || preview.toCreate !== ROWS)
      throw new Error(`unexpected preview: ${JSON.stringify(preview).slice(0, 500)}`);
    const created = await timed("commit (10,000 creates)", () =>
      commitCatalogImport(vendor, { importId: preview.importId }),
    );

    const second = catalogue((i) => 200 + i);
    const previewUpdates = await timed("preview (10,000 changed rows)", () =>
      previewCatalogImport(vendor, { shopId: shop.id, fileName: "bench-2.csv", bytes: second }),
    );
    if (previewUpdates.errorCount > 0 || previewUpdates.toUpdate !== ROWS) throw new Error("unexpected second preview");
    const updated = await timed("commit (10,000 updates)", () =>
      commitCatalogImport(vendor, { importId: previewUpdates.importId }),
    );
    console.log(
      `created ${created.created}, updated ${updated.updated}; products in the shop: ${await db.product.count({ where: { shopId: shop.id } })}`,
    );
  } finally {
    clearInterval(sampler);
    console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
    await db.product.deleteMany({ where: { shopId: shop.id } });
    await db.catalogImport.deleteMany({ where: { shopId: shop.id } });
    await db.shop.delete({ where: { id: shop.id } });
    await db.auditLog.deleteMany({ where: { actorId: vendor.id } });
    await db.user.delete({ where: { id: vendor.id } });
    await disconnectDb();
    await rm(privateDir, { recursive: true, force: true });
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
