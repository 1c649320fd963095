import { parseModerationFilter, type ModerationFilter } from "@/lib/catalog/moderation/schemas";

/** The moderation list's address for a filter, a search and a page (what the GET form writes). */
export function moderationHref({
  filter,
  query = "",
  page = 1,
  done,
}: {
  filter: ModerationFilter;
  query?: string;
  page?: number;
  done?: string;
}): string {
  const params = new URLSearchParams({ status: parseModerationFilter(filter).toLowerCase() });
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  if (done) params.set("done", done);
  return `/admin/products?${params.toString()}`;
}
