import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    // The database belongs to lib/: pages, components and route handlers call domain functions.
    files: ["app/**", "components/**", "emails/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "@/lib/generated/**", "@prisma/*"],
              message: "No Prisma outside lib/: call a domain function.",
            },
            { group: ["@/lib/db"], message: "No Prisma outside lib/: call a domain function." },
          ],
        },
      ],
    },
  },
]);
