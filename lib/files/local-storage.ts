// The local disk driver, the embedded default: each area is a folder (HALLE_FILES_DIR,
// HALLE_PRIVATE_FILES_DIR). Fine for one process or a shared folder; several machines need the S3
// driver (docs/architecture.md, files). No "server-only": the demo seed writes through it too.
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { areaAllows, CONTENT_TYPES, type FileStore, type StorageArea } from "./file-keys";

type Env = Readonly<Record<string, string | undefined>>;

export function filesDir(env: Env = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.HALLE_FILES_DIR ?? ".data/files");
}

export function privateFilesDir(env: Env = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.HALLE_PRIVATE_FILES_DIR ?? ".data/private");
}

function resolveInside(root: string, key: string): string | null {
  const target = path.resolve(root, ...key.split("/"));
  return target.startsWith(root + path.sep) ? target : null;
}

function unavailable(operation: string, key: string, error: unknown): AppError {
  return Object.assign(new AppError("UNAVAILABLE", `file storage failed (local ${operation} ${key})`), {
    cause: error,
  });
}

/** The folder `root` as one storage area; paths leaving it name no file. */
export function localFileStore(root: string, area: StorageArea): FileStore {
  const absolute = path.resolve(/*turbopackIgnore: true*/ root);
  return {
    async get(key) {
      const target = resolveInside(absolute, key);
      if (!target) return null;
      const ext = path.extname(target).toLowerCase();
      if (!areaAllows(area, ext)) return null;
      try {
        return { body: await readFile(target), contentType: CONTENT_TYPES[ext] };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return null;
        throw unavailable("read", key, error);
      }
    },
    async put(key, body) {
      const target = resolveInside(absolute, key);
      if (!target) throw new Error(`file key leaves its folder: ${key}`);
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, body);
      } catch (error) {
        throw unavailable("write", key, error);
      }
    },
    async delete(key) {
      const target = resolveInside(absolute, key);
      if (!target) throw new Error(`file key leaves its folder: ${key}`);
      try {
        await unlink(target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw unavailable("delete", key, error);
      }
    },
  };
}
