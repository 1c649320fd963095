import { spawnSync } from "node:child_process";
import { prismaEnv } from "./prisma-env.mjs";

const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env: prismaEnv() });
process.exit(result.status ?? 1);
