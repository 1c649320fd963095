import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/app-url";
import { listSitemapEntries } from "@/lib/seo/list-sitemap-entries";

// Built per request from the database (never at build time, when there may be no database).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { shops, products, categories } = await listSitemapEntries();
  const fixed = ["/", "/shops", "/search"].map((path) => ({ url: appUrl(path) }));
  return [
    ...fixed,
    ...[...categories, ...shops, ...products].map((entry) => ({
      url: appUrl(entry.path),
      ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
    })),
  ];
}
