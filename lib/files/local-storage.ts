import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// Files live in local folders unless a bucket is configured (later). Public files (photos, logos)
// are served at /files/<key>; private files (identity documents) only through checked routes.
export function filesDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.HALLE_FILES_DIR ?? ".data/files");
}

export function privateFilesDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.HALLE_PRIVATE_FILES_DIR ?? ".data/private");
}

const CONTENT_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".csv": "text/csv; charset=utf-8",
};

function resolveInside(root: string, key: string[]): string | null {
  const target = path.resolve(root, ...key);
  return target.startsWith(root + path.sep) ? target : null;
}

async function readInside(root: string, key: string[], allowed: (ext: string) => boolean) {
  const target = resolveInside(root, key);
  if (!target) return null;
  const ext = path.extname(target).toLowerCase();
  const contentType = CONTENT_TYPES[ext];
  if (!contentType || !allowed(ext)) return null;
  try {
    return { body: await readFile(target), contentType };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") return null;
    throw error;
  }
}

// Only pictures are ever public (documents and imports live in the private folder).
const PUBLIC_EXTENSIONS = new Set([".svg", ".png", ".jpg", ".jpeg", ".webp"]);

/** Reads a public image by key ("demo/products/x.svg"); null when missing or outside the folder. */
export function readPublicFile(key: string[]): Promise<{ body: Buffer; contentType: string } | null> {
  return readInside(filesDir(), key, (ext) => PUBLIC_EXTENSIONS.has(ext));
}

/** Reads a private file. Callers check who may see it first. */
export function readPrivateFile(key: string): Promise<{ body: Buffer; contentType: string } | null> {
  return readInside(privateFilesDir(), key.split("/"), () => true);
}

async function writeInside(root: string, key: string, body: Buffer): Promise<void> {
  const target = resolveInside(root, key.split("/"));
  if (!target) throw new Error(`file key leaves its folder: ${key}`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, body);
}

/** Stores a public file; returns its URL. */
export async function savePublicFile(key: string, body: Buffer): Promise<string> {
  await writeInside(filesDir(), key, body);
  return `/files/${key}`;
}

export function savePrivateFile(key: string, body: Buffer): Promise<void> {
  return writeInside(privateFilesDir(), key, body);
}
