// Decides whether `npm start` must run `next build`: when no build exists, or when a source file
// is newer than the last build this script made.
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const STAMP = path.join(".next", "halle-build-stamp");
const SOURCES = [
  "app",
  "components",
  "lib",
  "emails",
  "public",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function needsBuild(): boolean {
  if (process.env.HALLE_REBUILD === "1" || !existsSync(path.join(".next", "BUILD_ID")) || !existsSync(STAMP))
    return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

export function writeBuildStamp(): void {
  writeFileSync(STAMP, new Date().toISOString());
}
