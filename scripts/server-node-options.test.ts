import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_OPTIONS, withServerNodeOptions } from "./server-node-options";

// A Node process that allocates short-lived objects the way a page render does, then prints how
// large V8 let its young generation (new space) grow.
const ALLOCATE = `
  const v8 = require("node:v8");
  let live = [];
  for (let i = 0; i < 3e6; i++) { live.push({ i, text: "x" + i }); if (live.length > 20000) live = []; }
  const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
  console.log(space.space_size);
`;

function youngGenerationBytes(env: NodeJS.ProcessEnv): number {
  const run = spawnSync(process.execPath, ["-e", ALLOCATE], { env, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe("withServerNodeOptions", () => {
  const bare = { ...process.env, NODE_OPTIONS: "" };

  it("lets the server's young generation grow past V8's default", () => {
    const byDefault = youngGenerationBytes(bare);
    const server = youngGenerationBytes(withServerNodeOptions(bare));
    expect(server).toBeGreaterThan(byDefault);
  });

  it("keeps the NODE_OPTIONS already set, and does not add the flag twice", () => {
    expect(withServerNodeOptions({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(
      `--enable-source-maps ${SERVER_NODE_OPTIONS}`,
    );
    expect(withServerNodeOptions<Record<string, string | undefined>>({}).NODE_OPTIONS).toBe(SERVER_NODE_OPTIONS);
    const chosen = { NODE_OPTIONS: "--max-semi-space-size=128" };
    expect(withServerNodeOptions(chosen)).toEqual(chosen);
  });
});
