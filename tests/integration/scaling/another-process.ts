// Two Halle processes against one database (docs/scaling.md, "What each process keeps in memory"):
// "another process" writes through its own connection, and a second copy of our modules (a fresh
// module graph, so none of the first copy's module-level state) stands for a second process.
import pg from "pg";
import { vi } from "vitest";

/** Runs SQL through a connection of its own, as another web process or the worker would. */
export async function writeFromAnotherProcess(text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** A module as a second process would load it: its own copy, with its own module-level state. */
export async function importInAnotherProcess<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}
