// `npm start`: the whole marketplace on one machine with one command. Prepares it as
// scripts/local-app.ts describes (its own PostgreSQL under .data/ without DATABASE_URL, migrations,
// demo data once), builds when the sources changed, serves http://localhost:3000 (PORT) and prints
// the demo logins. `npm run dev` (scripts/dev.ts) is the same with hot reload instead of a build.
// First of all the configuration is checked (docs/security.md, "Production mode and
// configuration"): in production a problem stops it here, exit code 1, before any build or database.
import { reportConfiguration } from "../lib/config/check-configuration";
import { needsBuild, writeBuildStamp } from "./build-stamp";
import { log, prepareLocalApp, runNext, serveLocalApp } from "./local-app";

async function main() {
  // The built app runs with NODE_ENV=production whatever this shell says.
  const { refuse } = reportConfiguration({ ...process.env, NODE_ENV: "production" }, (line) =>
    console.error(`[halle] ${line}`),
  );
  if (refuse) process.exit(1);
  const app = await prepareLocalApp();
  if (needsBuild()) {
    log("building the app (first start, or the sources changed)");
    try {
      runNext(app, ["build"]);
    } catch (error) {
      await app.postgres?.stop();
      throw error;
    }
    writeBuildStamp();
  }
  await serveLocalApp(app, ["start"]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
