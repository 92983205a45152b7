/**
 * The simulated Packer log as a block blob that only grows: each flush stages the new text as one block and commits
 * the block list (the blob is never rewritten, as a real log export only appends), and `generate` writes a large
 * customization log during the build (`sim.setBuild({ bigLog: { bytes } })`) in blocks, so a reader sees it grow.
 * The generated text has multi-byte characters throughout (some fall across read boundaries), optionally a line
 * longer than 64 KB and a line with bytes that are not valid UTF-8.
 */
import { BlobServiceClient, type BlockBlobClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import type { BlobStore } from './azurite.js';

export interface BigLogOptions {
  /** About how many bytes to write (whole lines; the log ends within one line of it). */
  bytes: number;
  /** Bytes per committed block (default 4 MiB): the log grows by this much at a time. */
  chunkBytes?: number;
  /** Write one line of this many bytes (e.g. 100_000: over the 64 KB that line readers often assume). */
  longLineBytes?: number;
  /** Write one line containing bytes that are not valid UTF-8. */
  invalidUtf8?: boolean;
  /** Pause between blocks (ms), so the build's polls see the log grow; default 0. */
  pauseMs?: number;
  /**
   * Filled as blocks are committed: the number of the last whole line in the blob (`unpacking package <n>`) and
   * when it became readable (ms since the epoch), for the line-to-job-log delay (bench/live-log.ts).
   */
  written?: Array<{ line: number; at: number }>;
}

export interface LogWriter {
  /** Appends what `text` has beyond what was synced before (the engine's log string only grows). */
  sync(text: string): Promise<void>;
  /** Appends a large generated log, block by block. */
  generate(options: BigLogOptions, prefix: string): Promise<void>;
}

export function blockLogWriter(
  store: () => BlobStore,
  account: string,
  container: string,
  blob: string,
): LogWriter {
  const ids: string[] = [];
  let syncedChars = 0;
  let client: BlockBlobClient | undefined;
  const blockBlob = async () => {
    if (!client) {
      const s = store();
      const key = s.accounts.find((a) => a.name === account)!.key;
      const service = new BlobServiceClient(
        s.endpoint(account),
        new StorageSharedKeyCredential(account, key),
        {
          retryOptions: { maxTries: 2 },
        },
      );
      const c = service.getContainerClient(container);
      await c.createIfNotExists();
      client = c.getBlockBlobClient(blob);
    }
    return client;
  };
  const append = async (data: Buffer) => {
    if (!data.length) return;
    const b = await blockBlob();
    const id = Buffer.from(String(ids.length).padStart(8, '0')).toString('base64');
    await b.stageBlock(id, data, data.length);
    await b.commitBlockList([...ids, id], {
      blobHTTPHeaders: { blobContentType: 'text/plain; charset=utf-8' },
    });
    ids.push(id);
  };
  return {
    async sync(text) {
      const next = text.slice(syncedChars);
      if (!next) return;
      await append(Buffer.from(next, 'utf8'));
      syncedChars = text.length;
    },
    async generate(options, prefix) {
      const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024;
      let written = 0;
      let n = 0;
      let special = 0;
      let carry = Buffer.alloc(0);
      while (written < options.bytes) {
        const parts: Buffer[] = [carry];
        let size = carry.length;
        while (size < chunkBytes && written + size < options.bytes) {
          const line = generatedLine(options, prefix, n++, special);
          if (line.special) special++;
          parts.push(line.bytes);
          size += line.bytes.length;
        }
        // Like an export of arbitrary bytes, a block may end inside a line, here inside a 4-byte character.
        const all = Buffer.concat(parts);
        const emoji = all.indexOf(EMOJI, Math.max(0, all.length - 200));
        const cut = written + all.length < options.bytes && emoji > 0 ? emoji + 2 : all.length;
        await append(all.subarray(0, cut));
        options.written?.push({ line: cut === all.length ? n - 1 : n - 2, at: Date.now() });
        carry = all.subarray(cut);
        written += cut;
        if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
      }
      await append(carry);
      options.written?.push({ line: n - 1, at: Date.now() });
    },
  };
}

const EMOJI = Buffer.from('😀');

/** Line n of the generated log: ordinary lines, and once each the long line and the invalid UTF-8 line. */
function generatedLine(
  options: BigLogOptions,
  prefix: string,
  n: number,
  special: number,
): { bytes: Buffer; special: boolean } {
  if (n === 10 && options.longLineBytes && special === 0)
    return { bytes: Buffer.from(`${prefix}long line ${'x'.repeat(options.longLineBytes)}\n`), special: true };
  if (n === 20 && options.invalidUtf8)
    return {
      bytes: Buffer.concat([
        Buffer.from(`${prefix}invalid utf-8: `),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
        Buffer.from(' end\n'),
      ]),
      special: true,
    };
  // Multi-byte characters (2, 3 and 4 bytes) on every line: some straddle a reader's range boundaries.
  return {
    bytes: Buffer.from(`${prefix}apt: unpacking package ${n} (grüße € 😀) ${'.'.repeat(n % 97)}\n`),
    special: false,
  };
}
