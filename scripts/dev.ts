// `npm run dev`: `npm start` for contributors. The same preparation (scripts/local-app.ts: its own
// PostgreSQL under .data/ without DATABASE_URL, migrations, demo data once), then `next dev`: no
// build, pages recompile and reload in the browser as their files change. The configuration is
// checked first, as by `npm start` (docs/security.md): `next dev` is development unless
// HALLE_MODE=production says otherwise, and then a problem stops it with exit code 1.
import { reportConfiguration } from "../lib/config/check-configuration";
import { prepareLocalApp, serveLocalApp } from "./local-app";

async function main() {
  const { refuse } = reportConfiguration({ ...process.env, NODE_ENV: "development" }, (line) =>
    console.error(`[halle] ${line}`),
  );
  if (refuse) process.exit(1);
  const app = await prepareLocalApp();
  await serveLocalApp(app, ["dev"]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
