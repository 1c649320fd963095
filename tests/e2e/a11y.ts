import fs from "node:fs";
import path from "node:path";
import type { AxeResults } from "axe-core";

// Accessibility checks of the journeys (docs/i18n.md, "Accessibility"): pure helpers of the
// fixture in tests/e2e/fixtures.ts — which routes a visited address belongs to, which pages are
// worth checking, and how a violation reads in a test's failure.

/** The WCAG 2 A/AA rules axe runs; only `serious` and `critical` findings fail a journey. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
export const FAILING_IMPACTS = new Set(["serious", "critical"]);

type RoutePattern = { pattern: string; regex: RegExp; staticSegments: number };

/** The App Router's pages (every `page.tsx` under app/), as patterns: route groups dropped, `[x]` a segment. */
export function readRoutePatterns(appDir: string): RoutePattern[] {
  const patterns: RoutePattern[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const group = /^\(.*\)$/.test(entry.name);
        walk(path.join(dir, entry.name), group ? segments : [...segments, entry.name]);
      } else if (entry.name === "page.tsx") {
        patterns.push(toRoutePattern(segments));
      }
    }
  };
  walk(appDir, []);
  // The most specific first: /dashboard/products/new before /dashboard/products/[productId].
  return patterns.sort((a, b) => b.staticSegments - a.staticSegments || b.pattern.length - a.pattern.length);
}

export function toRoutePattern(segments: string[]): RoutePattern {
  const parts = segments.map((segment) => {
    if (/^\[\.\.\..+\]$/.test(segment)) return { source: "/.+", static: false };
    if (/^\[.+\]$/.test(segment)) return { source: "/[^/]+", static: false };
    return { source: `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, static: true };
  });
  return {
    pattern: `/${segments.join("/")}`,
    regex: new RegExp(`^${parts.map((part) => part.source).join("") || "/"}/?$`),
    staticSegments: parts.filter((part) => part.static).length,
  };
}

/** The route a pathname belongs to (`/p/miel-de-fleurs` → `/p/[slug]`); unknown addresses are the 404 page. */
export function routeOf(pathname: string, patterns: RoutePattern[]): string {
  return patterns.find((route) => route.regex.test(pathname))?.pattern ?? "404";
}

/** Pages the journeys check: the app's own HTML pages, not its API, files or redirects. */
export function isCheckable(url: string, baseURL: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.origin !== new URL(baseURL).origin) return false;
  return !/^\/(api|files|r|_next)(\/|$)/.test(parsed.pathname);
}

export type Finding = { rule: string; impact: string; help: string; targets: string[] };

/** The serious and critical violations of an axe run. */
export function failingFindings(results: AxeResults): Finding[] {
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

/** A readable report: one line per rule, the elements concerned below it. */
export function formatFindings(url: string, locale: string, findings: Finding[]): string {
  const lines = [`Accessibility violations on ${url} (${locale}):`];
  for (const finding of findings) {
    lines.push(`  - ${finding.rule} [${finding.impact}] ${finding.help}`);
    for (const target of finding.targets.slice(0, 8)) lines.push(`      ${target}`);
    if (finding.targets.length > 8) lines.push(`      … and ${finding.targets.length - 8} more`);
  }
  return lines.join("\n");
}
