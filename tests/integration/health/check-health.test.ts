import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { disconnectDb } from "@/lib/db";

describe("checkHealth", () => {
  it("reports the database up", async () => {
    expect(await checkHealth()).toMatchObject({ status: "ok", database: "up" });
  });

  it("reports the database down when it cannot be reached", async () => {
    const saved = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://nobody:nothing@localhost:1/none";
    try {
      expect(await checkHealth()).toMatchObject({ status: "degraded", database: "down", latencyMs: null });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = saved;
    }
  });
});
