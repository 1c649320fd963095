import "server-only";
import { createFileStore } from "./create-file-store";
import type { FileObject, FileStore, StorageArea } from "./file-keys";

export type { FileObject, FileStore, StorageArea } from "./file-keys";

/**
 * Every read and write of a file goes through here (docs/architecture.md, files): two areas,
 * public (photos and logos, served at /files/<key>) and private (identity documents, order and
 * support files, catalogue imports: only through routes that check the viewer first), on the
 * driver HALLE_STORAGE chooses. A failing store throws AppError "UNAVAILABLE".
 */
export function fileStorage(area: StorageArea): FileStore {
  return createFileStore(area);
}

const PUBLIC_PREFIX = "/files/";

/** The URL a public file is served at. */
export const publicFileUrl = (key: string) => `${PUBLIC_PREFIX}${key}`;

/** The key of a public file's URL ("/files/shops/x.webp" → "shops/x.webp"); null for any other URL. */
export const publicFileKey = (url: string) => (url.startsWith(PUBLIC_PREFIX) ? url.slice(PUBLIC_PREFIX.length) : null);

/** Reads a public picture by key ("demo/products/x.svg"); null when missing or not a picture. */
export function readPublicFile(key: string): Promise<FileObject | null> {
  return fileStorage("public").get(key);
}

/** Reads a private file. Callers check who may see it first. */
export function readPrivateFile(key: string): Promise<FileObject | null> {
  return fileStorage("private").get(key);
}

/** Stores a public file; returns its URL. */
export async function savePublicFile(key: string, body: Buffer, contentType?: string): Promise<string> {
  await fileStorage("public").put(key, body, contentType);
  return publicFileUrl(key);
}

export function savePrivateFile(key: string, body: Buffer, contentType?: string): Promise<void> {
  return fileStorage("private").put(key, body, contentType);
}

/**
 * Deletes files whose rows were never written (the row failed after the file was stored). Best
 * effort: a file that stays behind is logged, never in the way of the error being reported.
 */
export async function discardFiles(area: StorageArea, keys: readonly string[]): Promise<void> {
  const store = fileStorage(area);
  const outcomes = await Promise.allSettled(keys.map((key) => store.delete(key)));
  for (const outcome of outcomes)
    if (outcome.status === "rejected") console.error(`discardFiles: a ${area} file stays behind`, outcome.reason);
}
