// Runs in the browser before the app's own modules (Next.js instrumentation-client).
//
// zod builds fast object parsers with `new Function` when the page allows eval, and finds out by
// trying it once: under the Content-Security-Policy (no eval in production, docs/security.md,
// headers, cookies and sessions) the browser then reports a violation, although zod catches it
// and parses without. `jitless` skips that probe. Set through zod's global configuration object
// (what `z.config()` writes), so that no page loads zod only for this.
const zodGlobal = globalThis as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig = Object.assign(zodGlobal.__zod_globalConfig ?? {}, { jitless: true });
