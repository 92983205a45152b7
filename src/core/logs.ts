/**
 * The Packer customization log: found in the staging resource group's storage account
 * (`packerlogs/<guid>/customization.log`), tailed with ranged reads while the build runs, and streamed to a
 * local file at the end. Reads use an Entra token for storage first, then the account key.
 */
import type { TokenCredential } from '@azure/core-auth';
import { BlobServiceClient, type ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { resourceGroupOf } from './azure-ids.js';
import type { Cloud } from './cloud.js';
import type { Clients } from './clients.js';
import type { Logger } from './types.js';

const CONTAINER = 'packerlogs';

export interface LogLocation {
  container: ContainerClient;
  /** The folder of the newest run (`<guid>/`). */
  folder: string;
}

export class BuildLogs {
  private location?: LogLocation;
  private offset = 0;
  private partial = '';
  private useKey = false;
  private accountInfo?: {
    name: string;
    blobEndpoint: string;
    resourceGroup: string;
    sharedKey: boolean;
  };

  constructor(
    private readonly options: {
      clients: Clients;
      credential: TokenCredential;
      cloud: Cloud;
      stagingResourceGroupId: string;
      /** Log folders that existed before this run started (they belong to earlier runs). */
      ignoreFolders?: Set<string>;
      logger: Logger;
    },
  ) {}

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
        if (refused && (this.useKey || this.accountInfo?.sharedKey === false)) throw this.noDataAccess(e);
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

  /** Neither an Entra token nor the account key can read: name the data-plane role and where to grant it. */
  private noDataAccess(e: unknown): Error {
    const info = this.accountInfo;
    const scope = info
      ? `${this.options.stagingResourceGroupId}/providers/Microsoft.Storage/storageAccounts/${info.name}`
      : this.options.stagingResourceGroupId;
    const why =
      info?.sharedKey === false
        ? 'the staging storage account does not allow shared-key access'
        : 'the storage account key was refused';
    return new Error(
      `Reading the build log failed: ${why} and the identity running this tool has no data-plane role on it. Grant it Storage Blob Data Reader on ${scope} (or its resource group ${this.options.stagingResourceGroupId}), e.g. az role assignment create --role "Storage Blob Data Reader" --assignee <object id> --scope ${scope}.`,
      { cause: e },
    );
  }

  /** Each read below takes the signal it must honour: the finish path copies the log after the run was cancelled. */
  async locate(signal?: AbortSignal): Promise<LogLocation | undefined> {
    if (this.location) return this.location;
    const found = await this.withFallback(async (container) => {
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
    if (found) this.location = found;
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

  /** New complete lines since the last call (ranged reads of the new bytes only). */
  async tail(signal?: AbortSignal): Promise<string[]> {
    const location = await this.locate(signal).catch(() => undefined);
    if (!location) return [];
    const text = await this.withFallback(async (container) => {
      const blob = container.getBlobClient(`${location.folder}customization.log`);
      const props = await blob.getProperties({ abortSignal: signal });
      const size = props.contentLength ?? 0;
      if (size <= this.offset) return '';
      const part = await blob.downloadToBuffer(this.offset, size - this.offset, { abortSignal: signal });
      this.offset = size;
      return part.toString('utf8');
    }, signal);
    if (!text) return [];
    const all = this.partial + text;
    const lines = all.split('\n');
    this.partial = lines.pop() ?? '';
    return lines.map((l) => l.replace(/\r$/, ''));
  }

  /** Lines not yet returned by tail (the last line of a finished log has no newline). */
  flushPartial(): string[] {
    const rest = this.partial ? [this.partial] : [];
    this.partial = '';
    return rest;
  }

  /** Streams customization.log (and validation.log when present) to workDir; returns the local paths. */
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
      const copied = await this.withFallback(async (container) => {
        const blob = container.getBlobClient(`${location.folder}${name}`);
        if (!(await blob.exists({ abortSignal: signal }))) return false;
        const download = await blob.download(0, undefined, { abortSignal: signal });
        await pipeline(download.readableStreamBody!, createWriteStream(target), { signal });
        return true;
      }, signal);
      if (copied) result[key] = target;
    }
    return result;
  }
}

/**
 * Reads a (possibly large) log file line by line, keeping only its last `tailLines` lines, the lines around
 * the manifest markers and the lines between the SBOM markers, so the log is never held in memory whole.
 */
export async function scanLogFile(
  path: string,
  options: { tailLines: number; begin: string; end: string; sbomBegin?: string; sbomEnd?: string },
): Promise<{ tail: string[]; manifestText: string; sbomText: string }> {
  const tail: string[] = [];
  const manifest: string[] = [];
  const sbom: string[] = [];
  let inManifest = 0;
  let inSbom = false;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    tail.push(line);
    if (tail.length > options.tailLines) tail.shift();
    if (line.includes(options.begin)) inManifest = 5;
    if (inManifest > 0) {
      manifest.push(line);
      inManifest = line.includes(options.end) ? 0 : inManifest - 1;
    }
    if (options.sbomBegin && line.includes(options.sbomBegin)) {
      // A new document replaces an earlier, possibly interrupted, one.
      sbom.length = 0;
      inSbom = true;
    }
    if (inSbom && sbom.length < MAX_SBOM_LINES) sbom.push(line);
    if (options.sbomEnd && line.includes(options.sbomEnd)) inSbom = false;
  }
  return { tail, manifestText: manifest.join('\n'), sbomText: sbom.join('\n') };
}

/** An SBOM has one line per package; an image with more packages than this is not plausible. */
const MAX_SBOM_LINES = 200_000;
