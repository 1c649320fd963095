// The S3 driver (AWS S3, MinIO, R2, Scaleway…): what several web processes behind a load balancer
// need, since each one's disk is its own (docs/architecture.md, files). No "server-only": the demo
// seed writes through it too.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors";
import { contentTypeOfKey, isPlainKey, type FileStore, type StorageArea } from "./file-keys";
import type { S3Settings } from "./storage-settings";

/** A request that hangs fails instead: the caller writes no row and the form says try again. */
const TIMEOUTS = { connectionTimeout: 3_000, requestTimeout: 20_000 };

const clients = new Map<string, S3Client>();

/** One client (and its connection pool) per distinct settings, for the life of the process. */
export function s3ClientFor(settings: S3Settings): S3Client {
  const id = JSON.stringify(settings);
  let client = clients.get(id);
  if (!client) {
    client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      maxAttempts: 2,
      requestHandler: TIMEOUTS,
      // S3-compatible stores (and s3rver in tests) do not all know the newer checksum headers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    clients.set(id, client);
  }
  return client;
}

/** Where an area lives: its own bucket, or a prefix of the one bucket when no private bucket is set. */
export function s3Location(settings: S3Settings, area: StorageArea): { bucket: string; prefix: string } {
  if (settings.privateBucket)
    return { bucket: area === "private" ? settings.privateBucket : settings.bucket, prefix: "" };
  return { bucket: settings.bucket, prefix: `${area}/` };
}

const isMissing = (error: unknown) => {
  const name = (error as { name?: string }).name;
  return name === "NoSuchKey" || name === "NotFound";
};

function unavailable(operation: string, bucket: string, key: string, error: unknown): AppError {
  const { name, code } = error as { name?: string; code?: string };
  const reason = (name && name !== "Error" ? name : code) ?? "error";
  return Object.assign(
    new AppError("UNAVAILABLE", `file storage failed (s3 ${operation} ${bucket}/${key}: ${reason})`),
    {
      cause: error,
    },
  );
}

/** One area of the bucket(s) in `settings`. Keys are taken literally: "..", "." and "" are refused. */
export function s3FileStore(settings: S3Settings, area: StorageArea): FileStore {
  const { bucket, prefix } = s3Location(settings, area);
  const client = () => s3ClientFor(settings);
  return {
    async get(key) {
      const contentType = contentTypeOfKey(area, key);
      if (!isPlainKey(key) || !contentType) return null;
      try {
        const answer = await client().send(new GetObjectCommand({ Bucket: bucket, Key: prefix + key }));
        if (!answer.Body) return null;
        // The type comes from the key, as on disk: never what was stored beside the object.
        return { body: Buffer.from(await answer.Body.transformToByteArray()), contentType };
      } catch (error) {
        if (isMissing(error)) return null;
        throw unavailable("get", bucket, prefix + key, error);
      }
    },
    async put(key, body, contentType) {
      if (!isPlainKey(key)) throw new Error(`file key is not plain: ${key}`);
      const type = contentType ?? contentTypeOfKey("private", key) ?? "application/octet-stream";
      try {
        await client().send(new PutObjectCommand({ Bucket: bucket, Key: prefix + key, Body: body, ContentType: type }));
      } catch (error) {
        throw unavailable("put", bucket, prefix + key, error);
      }
    },
    async delete(key) {
      if (!isPlainKey(key)) throw new Error(`file key is not plain: ${key}`);
      try {
        await client().send(new DeleteObjectCommand({ Bucket: bucket, Key: prefix + key }));
      } catch (error) {
        if (!isMissing(error)) throw unavailable("delete", bucket, prefix + key, error);
      }
    },
  };
}
