/** A 1-based page number within 1…pages, whatever was asked (a URL parameter, NaN, a huge number). */
export function clampPage(requested: number | undefined, total: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(Number.isFinite(requested) ? requested! : 1)), pages);
  return { page, pages, skip: (page - 1) * pageSize };
}
