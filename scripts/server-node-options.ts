// How Node runs Halle's web server (docs/scaling.md, "Node's young generation"): a page render
// allocates a few megabytes of short-lived objects (the React trees, the Flight and HTML strings),
// and with V8's default young generation (16 MB semi-spaces) a busy process spends a tenth of its
// CPU collecting them and promotes some to the old generation. 64 MB semi-spaces collect less
// often and promote less: about 3 ms less Node CPU per search page in `bench:search`, for about
// 100 MB more memory per web process. Everything that starts a web server (npm start, npm run
// dev, test:cluster, the benchmarks) passes this; deploy/README.md says it for production.
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=64";

/** `env` with SERVER_NODE_OPTIONS added to its NODE_OPTIONS (kept when already there). */
export function withServerNodeOptions<Env extends Record<string, string | undefined>>(env: Env): Env {
  const current = env.NODE_OPTIONS?.trim() ?? "";
  if (current.includes("--max-semi-space-size")) return env;
  return { ...env, NODE_OPTIONS: current ? `${current} ${SERVER_NODE_OPTIONS}` : SERVER_NODE_OPTIONS };
}
