/** The snapshot file format (see schemas/snapshot.schema.json). */
import type { ServiceName } from '../collect/commands.js';

export const SNAPSHOT_FORMAT = 'smsec-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

export interface SnapshotMetadata {
  smsecVersion: string;
  accountId: string;
  partition: string;
  regions: string[];
  recordedAt: string;
  description?: string;
  /** The job-history window the recording used (ISO); absent when every job was listed. */
  since?: string;
}

export interface RecordedError {
  name: string;
  message: string;
  httpStatus?: number;
}

/** One request and its raw response (without $metadata) or its error. */
export interface RecordedCall {
  service: ServiceName;
  region: string;
  operation: string;
  input: Record<string, unknown>;
  response?: Record<string, unknown>;
  error?: RecordedError;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: number;
  metadata: SnapshotMetadata;
  calls: RecordedCall[];
}
