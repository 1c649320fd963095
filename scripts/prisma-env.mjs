// Prisma's CLI downloads a native schema engine; machines without internet use the stand-in
// shipped beside the project (../shared/tools/prisma-schema-engine) when one is present.
import { existsSync } from "node:fs";
import path from "node:path";

export function prismaEnv(base = process.env) {
  const env = { ...base };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
    const shim = path.resolve(process.cwd(), "..", "shared", "tools", "prisma-schema-engine");
    if (existsSync(shim)) env.PRISMA_SCHEMA_ENGINE_BINARY = shim;
  }
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  return env;
}
