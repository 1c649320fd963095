import { defineConfig } from "prisma/config";

// The CLI needs a URL only for migrate/db commands; `prisma generate` ignores it.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
