// Which file storage driver the environment asks for (docs/architecture.md, files). Pure: read by
// the storage factory and by the configuration check at start (lib/config/check-configuration.ts).
export type StorageEnv = Readonly<Record<string, string | undefined>>;

export type S3Settings = {
  /** Unset: AWS S3 itself; set for MinIO, R2, Scaleway… */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Unset: private files go under "private/" in `bucket`, public ones under "public/". */
  privateBucket?: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

export type StorageSettings = { driver: "local" } | { driver: "s3"; s3: S3Settings };

/** What HALLE_STORAGE says: "local" when unset, null when it is neither local nor s3. */
export function storageDriverName(env: StorageEnv): "local" | "s3" | null {
  const name = env.HALLE_STORAGE?.trim().toLowerCase();
  if (!name || name === "local") return "local";
  return name === "s3" ? "s3" : null;
}

const REQUIRED_S3 = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

/** The S3 settings HALLE_STORAGE=s3 needs and the environment lacks. */
export function missingS3Settings(env: StorageEnv): string[] {
  return REQUIRED_S3.filter((name) => !env[name]?.trim());
}

const value = (text: string | undefined) => text?.trim() || undefined;

/** The settings of the chosen driver; throws on an unknown driver or incomplete S3 settings. */
export function storageSettings(env: StorageEnv): StorageSettings {
  const driver = storageDriverName(env);
  if (driver === null) throw new Error(`HALLE_STORAGE=${env.HALLE_STORAGE} is neither local nor s3`);
  if (driver === "local") return { driver };
  const missing = missingS3Settings(env);
  if (missing.length > 0) throw new Error(`HALLE_STORAGE=s3 without ${missing.join(", ")}`);
  return {
    driver,
    s3: {
      endpoint: value(env.S3_ENDPOINT),
      region: value(env.S3_REGION)!,
      bucket: value(env.S3_BUCKET)!,
      privateBucket: value(env.S3_PRIVATE_BUCKET),
      accessKeyId: value(env.S3_ACCESS_KEY_ID)!,
      secretAccessKey: value(env.S3_SECRET_ACCESS_KEY)!,
      forcePathStyle: ["1", "true", "yes"].includes(env.S3_FORCE_PATH_STYLE?.trim().toLowerCase() ?? ""),
    },
  };
}
