import { readFileSync } from "node:fs";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import pg from "pg";
import type { ClusterDescription } from "../../scripts/test-cluster";

// The cluster `npm run test:cluster` started (scripts/test-cluster.ts), as it described it in the
// file HALLE_CLUSTER names: nginx, each web process's own address, the database, the buckets and
// the log of the SMTP server the worker sends through.

export const WEB_PROCESS_HEADER = "x-halle-process";

export const cluster: ClusterDescription = JSON.parse(readFileSync(process.env.HALLE_CLUSTER!, "utf8"));

/** Runs one query on the cluster's database (the journeys check what a page cannot show). */
export async function query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export type ReceivedMail = { to: string[]; subject: string; text: string };

/** Every message the SMTP server has received so far. */
export function receivedMails(): ReceivedMail[] {
  return readFileSync(cluster.mailLog, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ReceivedMail);
}

/** The bytes of an object of the public bucket, as the S3-compatible server holds them. */
export async function publicObject(key: string): Promise<Buffer> {
  const client = new S3Client({
    endpoint: cluster.s3.endpoint,
    region: cluster.s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: cluster.s3.accessKeyId, secretAccessKey: cluster.s3.secretAccessKey },
  });
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: cluster.s3.publicBucket, Key: key }));
    return Buffer.from(await object.Body!.transformToByteArray());
  } finally {
    client.destroy();
  }
}
