// `npm run setup` (tsx scripts/setup.ts): prepares a real database for Halle — the one at
// DATABASE_URL, which `npm start` never fills with the demo (docs/security.md, "Production mode and
// configuration"). Applies the migrations, then creates the first operator with a password of
// their own: from HALLE_OPERATOR_EMAIL, HALLE_OPERATOR_PASSWORD (and HALLE_OPERATOR_NAME), else
// asked at the terminal. Refuses, changing nothing, once an operator exists; the marketplace's
// settings row is created too, so the demo seed never runs on this database afterwards.
import { existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { hashPassword } from "../lib/auth/password";
import { PASSWORD_MIN_LENGTH } from "../lib/auth/schemas";
import { PrismaClient } from "../lib/generated/prisma/client";
import { applyMigrations } from "./migrate";

const log = (message: string) => console.log(`[setup] ${message}`);

const operatorSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("not an e-mail address")),
  name: z.string().trim().min(1, "a name is required").max(100),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(200, "at most 200 characters"),
});

export type OperatorInput = z.input<typeof operatorSchema>;

export type SetupOutcome = { status: "created"; email: string } | { status: "operator-exists" };

/** Advisory lock key: two setups at once create one operator. */
const SETUP_LOCK = 7_246_031;

/** Creates the first operator on the migrated database at `databaseUrl`, unless one exists. */
export async function createFirstOperator(databaseUrl: string, input: OperatorInput): Promise<SetupOutcome> {
  const parsed = operatorSchema.safeParse(input);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new Error(`${issue.path.join(".")}: ${issue.message}`);
  }
  const { email, name, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
      if ((await tx.user.count({ where: { role: "OPERATOR" } })) > 0) return { status: "operator-exists" as const };
      await tx.user.create({ data: { email, name, passwordHash, role: "OPERATOR" } });
      await tx.marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
      return { status: "created" as const, email };
    });
  } finally {
    await prisma.$disconnect();
  }
}

/** Asks at the terminal, the password without echo. */
async function ask(question: string, secret = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stdout.write(chunk, encoding);
      callback();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = prompt.question(question);
    muted = secret;
    return await answer;
  } finally {
    if (secret) process.stdout.write("\n");
    prompt.close();
  }
}

async function operatorFromEnvOrPrompt(): Promise<OperatorInput> {
  const env = process.env;
  if (env.HALLE_OPERATOR_EMAIL && env.HALLE_OPERATOR_PASSWORD)
    return {
      email: env.HALLE_OPERATOR_EMAIL,
      password: env.HALLE_OPERATOR_PASSWORD,
      name: env.HALLE_OPERATOR_NAME ?? "Operator",
    };
  if (!process.stdin.isTTY)
    throw new Error("set HALLE_OPERATOR_EMAIL and HALLE_OPERATOR_PASSWORD (no terminal to ask them at)");
  const email = env.HALLE_OPERATOR_EMAIL ?? (await ask("Operator's e-mail: "));
  const name = env.HALLE_OPERATOR_NAME ?? ((await ask("Operator's name [Operator]: ")) || "Operator");
  const password = await ask(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `, true);
  if ((await ask("Password again: ", true)) !== password) throw new Error("the two passwords differ");
  return { email, name, password };
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL && existsSync(".env")) process.loadEnvFile(".env");
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error("DATABASE_URL is not set: setup prepares a real database (npm start alone runs the demo)");
  log("applying migrations");
  applyMigrations(databaseUrl);
  const outcome = await createFirstOperator(databaseUrl, await operatorFromEnvOrPrompt());
  if (outcome.status === "operator-exists") {
    console.error("[setup] an operator already exists: nothing changed");
    process.exit(1);
  }
  log(`operator ${outcome.email} created: sign in at /sign-in, then set up the marketplace in /admin/settings`);
}

// Run as a script (not when a test imports createFirstOperator).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`[setup] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
