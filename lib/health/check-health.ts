import "server-only";
import { getDb } from "@/lib/db";

export type Health = { status: "ok" | "degraded"; database: "up" | "down"; latencyMs: number | null };

/** The database's state, for /api/health: never throws. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { status: "ok", database: "up", latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: "degraded", database: "down", latencyMs: null };
  }
}
