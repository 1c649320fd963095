// Keys name files inside one storage area ("products/<shop>/<random>-640.webp"). Shared by both
// drivers, so a key means the same on disk and in a bucket (docs/architecture.md, files).
import path from "node:path";

export type StorageArea = "public" | "private";

/** A stored file's bytes and the content type its key's extension gives. */
export type FileObject = { body: Buffer; contentType: string };

/**
 * One storage area. `get` answers null for a missing file or a key that names none (leaving the
 * area, an extension the area does not serve); a failing store throws AppError "UNAVAILABLE".
 */
export interface FileStore {
  put(key: string, body: Buffer, contentType?: string): Promise<void>;
  get(key: string): Promise<FileObject | null>;
  delete(key: string): Promise<void>;
}

export const CONTENT_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".csv": "text/csv; charset=utf-8",
};

// Only pictures are ever public (documents and imports live in the private area).
export const PUBLIC_EXTENSIONS = new Set([".svg", ".png", ".jpg", ".jpeg", ".webp"]);

/** Whether an area serves files with this extension (".webp"). */
export function areaAllows(area: StorageArea, ext: string): boolean {
  return ext in CONTENT_TYPES && (area === "private" || PUBLIC_EXTENSIONS.has(ext));
}

/** The content type a key's extension gives, or null when the area serves no such file. */
export function contentTypeOfKey(area: StorageArea, key: string): string | null {
  const ext = path.posix.extname(key).toLowerCase();
  return areaAllows(area, ext) ? CONTENT_TYPES[ext] : null;
}

/**
 * A key that stays where it is put: segments separated by "/", none empty, "." or "..", no
 * backslash or control character. Object stores take keys literally, so nothing is resolved.
 */
export function isPlainKey(key: string): boolean {
  if (key.length === 0 || key.length > 512 || /[\\\p{Cc}]/u.test(key)) return false;
  return key.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
