import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Files (photos, documents) live in a local folder unless a bucket is configured (later).
export function filesDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.HALLE_FILES_DIR ?? ".data/files");
}

const CONTENT_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
};

/** Reads a public file by key ("demo/products/x.svg"); null when missing or outside the folder. */
export async function readPublicFile(key: string[]): Promise<{ body: Buffer; contentType: string } | null> {
  const root = filesDir();
  const target = path.resolve(root, ...key);
  if (!target.startsWith(root + path.sep)) return null;
  const contentType = CONTENT_TYPES[path.extname(target).toLowerCase()];
  if (!contentType) return null;
  try {
    return { body: await readFile(target), contentType };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") return null;
    throw error;
  }
}
