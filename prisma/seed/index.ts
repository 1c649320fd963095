// `npm run db:seed` (tsx prisma/seed/index.ts): seeds the demo marketplace once. Skips when a
// MarketplaceSettings row exists. Environment: DATABASE_URL, the file storage (HALLE_STORAGE: local
// folders HALLE_FILES_DIR, default .data/files, and HALLE_PRIVATE_FILES_DIR, default .data/private;
// or s3 and its S3_* settings, docs/architecture.md, files), HALLE_DEMO (`karkareh`: the Persian,
// right-to-left variant, seed-karkareh.ts; anything else: the French demo).
import { existsSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { createFileStore } from "../../lib/files/create-file-store";
import { filesDir as localFilesDir } from "../../lib/files/local-storage";
import { storageDriverName } from "../../lib/files/storage-settings";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemo } from "./seed-demo";
import { seedKarkareh } from "./seed-karkareh";

const log = (message: string) => console.log(`[seed] ${message}`);

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL && existsSync(".env")) process.loadEnvFile(".env");
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const settings = await prisma.marketplaceSettings.findUnique({ where: { id: 1 }, select: { id: true } });
    if (settings) {
      log("marketplace already set up (MarketplaceSettings exists): demo seed skipped");
      return;
    }
    const filesDir = createFileStore("public");
    const privateFilesDir = createFileStore("private");
    const where = storageDriverName(process.env) === "s3" ? `bucket ${process.env.S3_BUCKET}` : localFilesDir();
    const started = Date.now();
    if (process.env.HALLE_DEMO === "karkareh") {
      const counts = await seedKarkareh(prisma, { filesDir, privateFilesDir });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      log(`Karkareh demo (Persian) seeded in ${seconds} s: ${counts.shops} shops, ${counts.products} products`);
      return;
    }
    const counts = await seedDemo(prisma, { filesDir, privateFilesDir });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(
      `demo marketplace seeded in ${seconds} s: ${counts.shops} shops, ${counts.products} products, ${counts.shopOrders} shop orders, ${counts.reviews} reviews (pictures in ${where})`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error("[seed] failed:", error);
  process.exit(1);
});
