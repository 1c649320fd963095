import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every module of lib/ that starts with `import "server-only"` (data access, cookies, sessions),
 * as its "@/lib/…" specifier. Found by reading the files, so a new server-only module is covered
 * the day it is written (the layer rules: docs/architecture.md).
 */
function serverOnlyModules() {
  return readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith("generated"))
    .filter((file) => /^import "server-only";?$/m.test(readFileSync(path.join(root, "lib", file), "utf8")))
    .map((file) => `@/lib/${file.replaceAll(path.sep, "/").replace(/\.tsx?$/, "")}`)
    .sort();
}

const NO_PRISMA = "No Prisma outside lib/: call a domain function.";
const noPrisma = [{ group: ["@/lib/generated/*", "@/lib/generated/**", "@prisma/*", "@/lib/db"], message: NO_PRISMA }];
const noApp = (who) => [
  {
    group: ["@/app", "@/app/**"],
    message: `${who} never import app/ (routes and actions depend on them, not the reverse).`,
  },
  {
    regex: "^(\\.\\./)+app(/|$)",
    message: `${who} never import app/ (routes and actions depend on them, not the reverse).`,
  },
];

// Layers, checked by the machine (docs/architecture.md): app/ → components/ and lib/; lib/ never
// reaches up into app/ or components/; components/ are UI only: they get data and server actions
// as props from the page, and never touch the database, cookies or sessions themselves. One
// no-restricted-imports per file group: in flat config a second one for the same files would
// replace the first, not add to it. The typescript-eslint variant lets a component import the
// *type* of a server-only module's result (allowTypeImports) — types vanish from the bundle.
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
    files: ["app/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: noPrisma }] },
  },
  {
    files: ["emails/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...noPrisma, ...noApp("Emails")] }] },
  },
  {
    files: ["lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noApp("Domain modules"),
            {
              group: ["@/components", "@/components/**"],
              message: "Domain modules never import components/: the UI depends on lib/, not the reverse.",
            },
            {
              regex: "^(\\.\\./)+components(/|$)",
              message: "Domain modules never import components/: the UI depends on lib/, not the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/headers",
              message: "Components read no cookies or headers: the page reads them through lib/ and passes props.",
            },
            ...serverOnlyModules().map((name) => ({
              name,
              allowTypeImports: true,
              message:
                "A server-only module (data access, cookies, session): the page calls it and passes the result or the server action as props; components may import its types.",
            })),
          ],
          patterns: [
            ...noPrisma,
            ...noApp("Components"),
            {
              regex: "^(\\.\\./)+lib(/|$)",
              message: 'Import lib/ through "@/lib/…", so that the server-only rule sees it.',
            },
          ],
        },
      ],
    },
  },
]);
