/**
 * The Packer customization log: found in the staging resource group's storage account
 * (`packerlogs/<guid>/customization.log`), tailed with ranged reads while the build runs, and streamed to a
 * local file at the end. Reads use an Entra token for storage first, then the account key.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { ContainerClient } from '@azure/storage-blob';
import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { resourceGroupOf } from './azure-ids.js';
import { copyBlobRange } from './log-copy.js';
import type { Cloud } from './cloud.js';
import { type Clients, isNotFound } from './clients.js';
import { noDataAccess } from './log-denied.js';
import { LineBlocks } from './log-lines.js';
import type { Logger } from './types.js';

export { scanLogFile } from './log-scan.js';

const CONTAINER = 'packerlogs';
/** The most one ranged read of the live log fetches (a burst of output is read in several). */
export const TAIL_READ_BYTES = 1024 * 1024;
/** A block of lines passed on at most this long (the job log's backpressure applies between blocks). */
const BLOCK_SLICE_BYTES = 32 * 1024;

export interface LogLocation {
  container: ContainerClient;
  /** The folder of the newest run (`<guid>/`). */
  folder: string;
}

export class BuildLogs {
  private location?: LogLocation;
  private offset = 0;
  private lines = new LineBlocks();
  /** Bytes of customization.log already written to the local copy (equal to `offset` while the copy is whole). */
  private mirrored = 0;
  private mirrorBroken = false;
  private readBuffer?: Buffer;
  /** The last tail stopped at TAIL_READ_BYTES: more bytes are waiting. */
  behind = false;
  private useKey = false;
  private accountInfo?: { name: string; blobEndpoint: string; resourceGroup: string; sharedKey: boolean };

  constructor(
    private readonly options: {
      clients: Clients;
      credential: TokenCredential;
      cloud: Cloud;
      stagingResourceGroupId: string;
      /** Log folders that existed before this run started (they belong to earlier runs). */
      ignoreFolders?: Set<string>;
      /** The build's log folder when it is already known (a post step copying the log the main step found). */
      folder?: string;
      /**
       * Where `copyTo` will write: the live tail appends the bytes it reads to `<mirrorDir>/customization.log`, so
       * the final copy downloads only what the tail has not read (each byte is downloaded once).
       */
      mirrorDir?: string;
      logger: Logger;
    },
  ) {}

  /** Called once the build's log folder is found (the run saves it in its checkpoint). */
  onLocated?: () => void;

  /** Where the log is, by names only (for the checkpoint: a post step finds it again with `folder`). */
  pointer(): { stagingResourceGroupId: string; folder?: string; before?: string[] } {
    const folder = this.location?.folder ?? this.options.folder;
    const before = this.options.ignoreFolders;
    return {
      stagingResourceGroupId: this.options.stagingResourceGroupId,
      ...(folder ? { folder } : before?.size ? { before: [...before] } : {}),
    };
  }

  private async account(signal?: AbortSignal) {
    if (this.accountInfo) return this.accountInfo;
    const id = this.options.stagingResourceGroupId;
    const rg = resourceGroupOf(id) ?? id;
    for await (const a of this.options.clients.storage.storageAccounts.listByResourceGroup(rg, {
      abortSignal: signal,
    })) {
      if (a.name && a.primaryEndpoints?.blob) {
        this.accountInfo = {
          name: a.name,
          blobEndpoint: a.primaryEndpoints.blob,
          resourceGroup: rg,
          sharedKey: a.allowSharedKeyAccess !== false,
        };
        return this.accountInfo;
      }
    }
    return undefined;
  }

  private async container(signal?: AbortSignal): Promise<ContainerClient | undefined> {
    const info = await this.account(signal);
    if (!info) return undefined;
    // The storage SDK is loaded when a build has a log to read (lazy loading: docs/performance.md).
    const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
    if (this.useKey) {
      const keys = await this.options.clients.storage.storageAccounts.listKeys(
        info.resourceGroup,
        info.name,
        { abortSignal: signal },
      );
      const key = keys.keys?.[0]?.value;
      if (!key) return undefined;
      return new BlobServiceClient(
        info.blobEndpoint,
        new StorageSharedKeyCredential(info.name, key),
      ).getContainerClient(CONTAINER);
    }
    return new BlobServiceClient(info.blobEndpoint, this.options.credential, {
      audience: this.options.cloud.storageScope,
    }).getContainerClient(CONTAINER);
  }

  /** Runs a read with the token first and the account key on 401/403. */
  private async withFallback<T>(
    read: (c: ContainerClient) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T | undefined> {
    for (;;) {
      const container = this.location?.container ?? (await this.container(signal));
      if (!container) return undefined;
      try {
        return await read(container);
      } catch (e) {
        const status = (e as { statusCode?: number }).statusCode;
        const tokenProblem =
          (e as Error).name === 'AuthenticationError' || (e as Error).name === 'CredentialUnavailableError';
        const refused = status === 401 || status === 403 || tokenProblem;
        if (refused && (this.useKey || this.accountInfo?.sharedKey === false))
          throw noDataAccess(this.options.stagingResourceGroupId, this.accountInfo, e);
        if (refused && !this.useKey) {
          this.options.logger.debug(
            `Reading the build log with an Entra token was refused (${status ? `HTTP ${status}` : (e as Error).name}); using the storage account key.`,
          );
          this.useKey = true;
          if (this.location) this.location = { ...this.location, container: (await this.container(signal))! };
          continue;
        }
        throw e;
      }
    }
  }

  /** Each read below takes the signal it must honour: the finish path copies the log after the run was cancelled. */
  async locate(signal?: AbortSignal): Promise<LogLocation | undefined> {
    if (this.location) return this.location;
    const known = this.options.folder;
    const found = await this.withFallback(async (container) => {
      if (known) return { container, folder: known };
      let best: { folder: string; time: number } | undefined;
      for await (const b of container.listBlobsFlat({ abortSignal: signal })) {
        if (!b.name.endsWith('/customization.log')) continue;
        const folder = b.name.slice(0, -'customization.log'.length);
        if (this.options.ignoreFolders?.has(folder)) continue;
        const time = (b.properties.createdOn ?? b.properties.lastModified).getTime();
        if (!best || time > best.time) best = { folder, time };
      }
      return best ? { container, folder: best.folder } : undefined;
    }, signal);
    if (!found) return undefined;
    this.location = found;
    if (!known) this.onLocated?.();
    return found;
  }

  /** The log folders present now, so that a run started afterwards can tell its own folder apart. */
  async existingFolders(signal?: AbortSignal): Promise<Set<string>> {
    const folders = new Set<string>();
    await this.withFallback(async (container) => {
      for await (const b of container.listBlobsFlat({ abortSignal: signal })) {
        if (b.name.endsWith('/customization.log')) folders.add(b.name.slice(0, -'customization.log'.length));
      }
    }, signal);
    return folders;
  }

  /**
   * New complete lines since the last call, in blocks of raw bytes (log-lines.ts: lines joined by `\n`; one block per
   * BLOCK_SLICE_BYTES read): one ranged read of the new bytes only, at most TAIL_READ_BYTES (`behind` says more are
   * waiting), into one buffer reused by every read. A line is held until its newline, up to MAX_LINE_BYTES. Consume
   * it to the end before the next call.
   */
  async *tail(signal?: AbortSignal): AsyncGenerator<Buffer> {
    const location = await this.locate(signal).catch(() => undefined);
    if (!location) return;
    // Reused: a fresh buffer per read is freed only by a later GC, and the allocator keeps it (docs/performance.md).
    const buffer = (this.readBuffer ??= Buffer.allocUnsafe(TAIL_READ_BYTES));
    const count = await this.withFallback(async (container) => {
      const blob = container.getBlobClient(`${location.folder}customization.log`);
      const props = await blob.getProperties({ abortSignal: signal });
      const size = props.contentLength ?? 0;
      if (size <= this.offset) return 0;
      const n = Math.min(size - this.offset, TAIL_READ_BYTES);
      await blob.downloadToBuffer(buffer, this.offset, n, { abortSignal: signal });
      this.behind = this.offset + n < size;
      return n;
    }, signal);
    if (!count) {
      this.behind = false;
      return;
    }
    const part = buffer.subarray(0, count);
    this.offset += count;
    await this.mirror(part);
    for (let i = 0; i < count; i += BLOCK_SLICE_BYTES) {
      const block = this.lines.push(part.subarray(i, i + BLOCK_SLICE_BYTES));
      if (block) yield block;
    }
  }

  /** Appends what the tail read to the local copy; a failed write only costs the final copy a full download. */
  private async mirror(part: Buffer): Promise<void> {
    const dir = this.options.mirrorDir;
    if (!dir || this.mirrorBroken) return;
    try {
      if (this.mirrored === 0) await mkdir(dir, { recursive: true });
      await appendFile(join(dir, 'customization.log'), part, { flag: this.mirrored === 0 ? 'w' : 'a' });
      this.mirrored += part.length;
    } catch {
      this.mirrorBroken = true;
    }
  }

  /** The line not yet returned by tail (a finished log's last line has no newline); zero-length when none. */
  flushPartial(): Buffer {
    return this.lines.flush();
  }

  private mirrorValid(workDir: string): boolean {
    return (
      !!this.options.mirrorDir &&
      join(this.options.mirrorDir) === join(workDir) &&
      !this.mirrorBroken &&
      this.mirrored > 0 &&
      this.mirrored === this.offset
    );
  }

  /**
   * Streams customization.log (and validation.log when present) to workDir; returns the local paths. What the live
   * tail already copied (`mirrorDir`) is not downloaded again.
   */
  async copyTo(
    workDir: string,
    signal?: AbortSignal,
  ): Promise<{ logFile?: string; validationLogFile?: string }> {
    const location = await this.locate(signal);
    if (!location) return {};
    await mkdir(workDir, { recursive: true });
    const result: { logFile?: string; validationLogFile?: string } = {};
    for (const [name, key] of [
      ['customization.log', 'logFile'],
      ['validation.log', 'validationLogFile'],
    ] as const) {
      const target = join(workDir, name);
      // The tail's local copy of customization.log: download only the bytes after it.
      const resume = name === 'customization.log' && this.mirrorValid(workDir) ? this.mirrored : 0;
      const copied = await this.withFallback(async (container) => {
        const blob = container.getBlobClient(`${location.folder}${name}`);
        // One HEAD for both questions (exists() is the same request, with a 404 as false).
        const props = await blob.getProperties({ abortSignal: signal }).catch((e: unknown) => {
          if (isNotFound(e)) return undefined;
          throw e;
        });
        if (!props) return false;
        const size = props.contentLength ?? 0;
        // A blob shorter than what was read is not the log the tail saw: copy it whole.
        const from = size >= resume ? resume : 0;
        if (from && size === from) return true;
        if (!from) await rm(target, { force: true });
        await copyBlobRange(blob, target, from, size, signal);
        return true;
      }, signal);
      if (copied) result[key] = target;
    }
    return result;
  }
}
