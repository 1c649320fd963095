// Right-to-left locales mirror the layout only if it is written with logical properties:
// ms-/me-/ps-/pe-/start-/end-/text-start, never ml-/mr-/pl-/pr-/left-/right-/text-left.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const PHYSICAL =
  /(?<![\w-])(?:-?(?:ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|scroll-ml|scroll-mr)-[\w[\].\/-]+|text-left|text-right|float-left|float-right)(?![\w-])/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx|ts|css)$/.test(name) ? [full] : [];
  });
}

describe("layout mirrors for right-to-left locales", () => {
  it("uses no physical left/right utility classes in app/ and components/", () => {
    const offences = ["app", "components"].flatMap((dir) =>
      sourceFiles(dir).flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, index) => [...line.matchAll(PHYSICAL)].map((match) => `${file}:${index + 1} ${match[0]}`)),
      ),
    );
    expect(offences).toEqual([]);
  });

  it("would catch a physical class", () => {
    expect('className="ml-2 pe-4 text-left"'.match(PHYSICAL)).toEqual(["ml-2", "text-left"]);
    expect('className="ms-2 pe-4 text-start inset-inline-0"'.match(PHYSICAL)).toBeNull();
  });
});
