// One simulated web process of the pooling benchmark (tests/bench/pooling.ts), started by it with
// fork(): it imports lib/db.ts like a server process (a Prisma pool and the raw SQL pool, each up
// to DATABASE_POOL_SIZE connections) and, on each "run" message, serves storefront reads with
// `concurrency` requests in flight against the DATABASE_URL it is given (PostgreSQL or PgBouncer):
// half searches (searchProducts: the category tree and the search, raw SQL), a quarter product
// pages (getPublicProduct, Prisma with relations), a quarter "new products" listings (Prisma).
// It answers with the latency of each request of the measured window, then closes its pools.
import type { ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";

export type RunMessage = {
  type: "run";
  databaseUrl: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  searches: ProductSearchInput[];
  slugs: string[];
  seed: number;
};
export type DoneMessage = { type: "done"; latencies: number[]; errors: number; firstError?: string };

async function main() {
  const { searchProducts } = (await import("@/lib/search/search-products" as string)) as {
    searchProducts: (input: ProductSearchInput) => Promise<ProductSearchResult>;
  };
  const { getPublicProduct } = await import("@/lib/catalog/get-public-product");
  const { listNewProducts } = await import("@/lib/catalog/list-new-products");
  const { disconnectDb } = await import("@/lib/db");

  async function run(message: RunMessage): Promise<DoneMessage> {
    process.env.DATABASE_URL = message.databaseUrl;
    let state = message.seed >>> 0 || 1;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const request = async () => {
      const roll = next();
      if (roll < 0.5) await searchProducts(pick(message.searches));
      else if (roll < 0.75) await getPublicProduct(pick(message.slugs), "fr");
      else await listNewProducts({ take: 12 });
    };
    const started = performance.now();
    const measureFrom = started + message.warmupMs;
    const end = measureFrom + message.durationMs;
    const latencies: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    await Promise.all(
      Array.from({ length: message.concurrency }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          try {
            await request();
            if (t0 >= measureFrom) latencies.push(performance.now() - t0);
          } catch (error) {
            errors += 1;
            firstError ??= error instanceof Error ? error.message.split("\n").slice(-3).join(" ") : String(error);
          }
        }
      }),
    );
    await disconnectDb();
    return { type: "done", latencies, errors, firstError };
  }

  process.on("message", (message: RunMessage | { type: "exit" }) => {
    if (message.type === "exit") {
      void disconnectDb().finally(() => process.exit(0));
      return;
    }
    void run(message).then((done) => process.send?.(done));
  });
  process.send?.({ type: "ready" });
}

main().catch((error) => {
  console.error("[pooling-client]", error);
  process.exit(1);
});
