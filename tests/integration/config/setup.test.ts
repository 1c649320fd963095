// `npm run setup` (scripts/setup.ts) on a real database: the first operator with their own
// password, refused once an operator exists (docs/security.md, "Production mode and configuration").
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";

function runSetup(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "scripts/setup.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    input: "",
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("scripts/setup.ts", () => {
  it("creates the first operator on an empty database, then refuses a second time with nothing changed", async () => {
    const db = getDb();
    expect(await db.user.count()).toBe(0);

    const first = runSetup({
      HALLE_OPERATOR_EMAIL: "Admin@Halle.Example",
      HALLE_OPERATOR_PASSWORD: "a long secret phrase",
      HALLE_OPERATOR_NAME: "Nadia Opératrice",
    });
    expect(first.output).toContain("operator admin@halle.example created");
    expect(first.status).toBe(0);
    const operator = await db.user.findUniqueOrThrow({ where: { email: "admin@halle.example" } });
    expect(operator).toMatchObject({ role: "OPERATOR", name: "Nadia Opératrice" });
    expect(await verifyPassword("a long secret phrase", operator.passwordHash)).toBe(true);
    // The settings row marks the marketplace as set up: the demo seed skips this database.
    expect(await db.marketplaceSettings.count()).toBe(1);

    const second = runSetup({
      HALLE_OPERATOR_EMAIL: "other@halle.example",
      HALLE_OPERATOR_PASSWORD: "another secret 123",
    });
    expect(second.status).toBe(1);
    expect(second.output).toContain("an operator already exists");
    expect(await db.user.findMany({ select: { email: true, role: true } })).toEqual([
      { email: "admin@halle.example", role: "OPERATOR" },
    ]);
  }, 240_000);

  it("refuses a short password, and asks for the values when there is no terminal, creating nothing", async () => {
    const short = runSetup({ HALLE_OPERATOR_EMAIL: "x@halle.example", HALLE_OPERATOR_PASSWORD: "short" });
    expect(short.status).toBe(1);
    expect(short.output).toContain("password: at least 10 characters");
    const none = runSetup({ HALLE_OPERATOR_EMAIL: "", HALLE_OPERATOR_PASSWORD: "" });
    expect(none.status).toBe(1);
    expect(none.output).toContain("set HALLE_OPERATOR_EMAIL and HALLE_OPERATOR_PASSWORD");
    expect(await getDb().user.count({ where: { email: "x@halle.example" } })).toBe(0);
  }, 240_000);
});
