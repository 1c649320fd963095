import { reportConfiguration } from "./check-configuration";
import type { ConfigEnv } from "./production-mode";

/**
 * The server's own check (instrumentation.ts), for a server started without scripts/start.ts:
 * prints the problems; in production a problem stops the process (docs/security.md).
 */
export function enforceConfiguration(env: ConfigEnv = process.env): void {
  if (reportConfiguration(env, (line) => console.error(`[halle] ${line}`)).refuse) process.exit(1);
}
