// Benchmark: seconds from `npm start` (scripts/start.ts) to the first 200 from `/`, with the
// embedded database cold (not running), first on an empty data folder (migrate + seed) and then
// on the data the first run left; then `/`'s server response time over 100 requests.
// Run on an existing install and build: `npm run bench:startup`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { needsBuild, writeBuildStamp } from "../../scripts/build-stamp";

const port = Number(process.env.BENCH_PORT ?? 3200);
const PG_PORT = 5493;
const base = `http://localhost:${port}`;

function startHalle(fresh: boolean): ChildProcess {
  return spawn("npx", ["tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HALLE_DATA_DIR: ".data/bench",
      HALLE_PG_PORT: String(PG_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      HALLE_FRESH: fresh ? "1" : "0",
      NEXTAUTH_SECRET: "bench",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

async function stopHalle(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
  // The next run must not meet this one's server or database still shutting down.
  await waitUntilClosed(port);
  await waitUntilClosed(PG_PORT);
}

async function waitUntilClosed(target: number): Promise<void> {
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(target, "localhost");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (!open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function secondsToFirst200(fresh: boolean): Promise<{ seconds: number; child: ChildProcess }> {
  const started = performance.now();
  const child = startHalle(fresh);
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).status === 200) return { seconds: (performance.now() - started) / 1000, child };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  // "An existing install": the build is made beforehand and not counted.
  if (needsBuild()) {
    if (
      spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
        .status !== 0
    )
      throw new Error("build failed");
    writeBuildStamp();
  }
  const first = await secondsToFirst200(true);
  console.log(`start → first 200 from / (empty data folder: migrate + seed): ${first.seconds.toFixed(1)} s`);
  await stopHalle(first.child);

  const second = await secondsToFirst200(false);
  console.log(`start → first 200 from / (existing data, database cold):      ${second.seconds.toFixed(1)} s`);
  for (let i = 0; i < 10; i++) await (await fetch(`${base}/`)).text(); // warm-up
  const timings: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    const response = await fetch(`${base}/`);
    await response.text();
    timings.push(performance.now() - t0);
  }
  timings.sort((a, b) => a - b);
  console.log(
    `GET / over 100 sequential requests: median ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms`,
  );
  await stopHalle(second.child);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
