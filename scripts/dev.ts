// `npm run dev`: `npm start` for contributors. The same preparation (scripts/local-app.ts: its own
// PostgreSQL under .data/ without DATABASE_URL, migrations, demo data once), then `next dev`: no
// build, pages recompile and reload in the browser as their files change.
import { prepareLocalApp, serveLocalApp } from "./local-app";

async function main() {
  const app = await prepareLocalApp();
  await serveLocalApp(app, ["dev"]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
