import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { isStorageKey, type FileStorage } from './file-storage.js';


export interface S3Location {
  bucket: string;
  /** Prepended to every key, e.g. `access/proofs/`; empty for the bucket's root. */
  prefix: string;
  /** An S3-compatible service (MinIO, Ceph, R2); unset: AWS itself. */
  endpoint?: string;
  region: string;
  /** Path-style addressing, which most S3-compatible services need. */
  forcePathStyle: boolean;
  /** Unset: the SDK's own chain (AWS_ACCESS_KEY_ID, a role, ...). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Files in an S3-compatible bucket, so every instance of a deployment reads what any of them stored. */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly location: S3Location) {
    this.client = new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      credentials: location.credentials,
    });
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = randomUUID();
    await this.client.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: this.objectKey(key), Body: bytes, ContentType: 'application/octet-stream' }));
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isStorageKey(key)) return null;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.objectKey(key) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    if (!isStorageKey(key)) return;
    // S3 answers a delete of a missing object with success, as the port asks.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.objectKey(key) }));
  }

  close(): void {
    this.client.destroy();
  }

  /** Only keys this storage issued reach the bucket, so no caller can name another object. */
  private objectKey(key: string): string {
    return `${this.location.prefix}${key}`;
  }
}
