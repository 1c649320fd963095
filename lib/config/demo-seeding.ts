// Who gets the demo marketplace, whose operator and vendors have their passwords in the README
// (docs/security.md, "Production mode and configuration"): the embedded database of `npm start`,
// or a database given by DATABASE_URL only when asked with HALLE_DEMO.
import type { ConfigEnv } from "./production-mode";

/** HALLE_DEMO=1 (the French demo) or HALLE_DEMO=karkareh (the Persian one) ask for the demo; 0 refuses it. */
export function demoRequested(env: ConfigEnv): boolean | undefined {
  const value = env.HALLE_DEMO?.trim().toLowerCase();
  if (!value) return undefined;
  return !["0", "false", "no", "off"].includes(value);
}

/**
 * Whether `npm start` seeds the demo (into an empty database only: the seed itself skips a
 * marketplace already set up). The embedded database gets it unless HALLE_DEMO=0; a database
 * of DATABASE_URL only with HALLE_DEMO set.
 */
export function shouldSeedDemo(env: ConfigEnv, database: "embedded" | "external"): boolean {
  const requested = demoRequested(env);
  return database === "embedded" ? requested !== false : requested === true;
}
