// The storage factory: the driver HALLE_STORAGE chooses (docs/architecture.md, files). No
// "server-only": the demo seed (prisma/seed) stores its pictures through it too.
import type { FileStore, StorageArea } from "./file-keys";
import { filesDir, localFileStore, privateFilesDir } from "./local-storage";
import { s3FileStore } from "./s3-storage";
import { storageSettings, type StorageEnv } from "./storage-settings";

/** One area of the storage `env` chooses: local folders when HALLE_STORAGE is unset, else S3. */
export function createFileStore(area: StorageArea, env: StorageEnv = process.env): FileStore {
  const settings = storageSettings(env);
  if (settings.driver === "s3") return s3FileStore(settings.s3, area);
  return localFileStore(area === "public" ? filesDir(env) : privateFilesDir(env), area);
}
