/** Scanning a copied log file for its tail, manifest and SBOM without holding it in memory. */
import { open } from 'node:fs/promises';

/**
 * Bytes read at a time, into one buffer reused to the end of the file. A line longer than this is taken in pieces
 * of this size (as the live tail passes long lines on in pieces).
 */
const READ_BYTES = 1024 * 1024;

/**
 * Reads a (possibly large) log file line by line (lines end at `\n`; a `\r` before it is dropped), keeping only its
 * last `tailLines` lines, the lines around the manifest markers and the lines between the SBOM markers, so the log
 * is never held in memory whole. Lines are matched as bytes and only the kept ones are decoded (invalid UTF-8
 * becomes U+FFFD): decoding every line of a 200 MB log into strings grew the heap by 60 MB (docs/performance.md).
 */
export async function scanLogFile(
  path: string,
  options: { tailLines: number; begin: string; end: string; sbomBegin?: string; sbomEnd?: string },
): Promise<{ tail: string[]; manifestText: string; sbomText: string }> {
  const marker = (s?: string) => (s ? Buffer.from(s, 'utf8') : undefined);
  const begin = marker(options.begin)!;
  const end = marker(options.end)!;
  const sbomBegin = marker(options.sbomBegin);
  const sbomEnd = marker(options.sbomEnd);
  const manifest: string[] = [];
  const sbom: string[] = [];
  /** Where the last `tailLines` lines start (file offsets). */
  const starts: number[] = [];
  let inManifest = 0;
  let inSbom = false;
  const take = (line: Buffer, offset: number) => {
    starts.push(offset);
    if (starts.length > options.tailLines) starts.shift();
    if (line.includes(begin)) inManifest = 5;
    if (inManifest > 0) {
      manifest.push(text(line));
      inManifest = line.includes(end) ? 0 : inManifest - 1;
    }
    if (sbomBegin && line.includes(sbomBegin)) {
      // A new document replaces an earlier, possibly interrupted, one.
      sbom.length = 0;
      inSbom = true;
    }
    if (inSbom && sbom.length < MAX_SBOM_LINES) sbom.push(text(line));
    if (sbomEnd && line.includes(sbomEnd)) inSbom = false;
  };
  const file = await open(path, 'r');
  try {
    const size = await eachLine(file, take);
    const tail = options.tailLines > 0 && starts.length ? await lastLines(file, starts[0]!, size) : [];
    return {
      tail: tail.slice(-options.tailLines),
      manifestText: manifest.join('\n'),
      sbomText: sbom.join('\n'),
    };
  } finally {
    await file.close();
  }
}

type FileHandle = Awaited<ReturnType<typeof open>>;

/** Calls `take` with each line's bytes (a view into the reused buffer) and its offset; returns the file's size. */
async function eachLine(file: FileHandle, take: (line: Buffer, offset: number) => void): Promise<number> {
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  /** File offset of buffer[0], and the bytes of an unfinished line held at the buffer's start. */
  let pos = 0;
  let held = 0;
  for (;;) {
    const { bytesRead } = await file.read(buffer, held, buffer.length - held, pos + held);
    if (!bytesRead) {
      if (held) take(buffer.subarray(0, held), pos);
      return pos + held;
    }
    const view = buffer.subarray(0, held + bytesRead);
    let from = 0;
    for (let nl = view.indexOf(10); nl >= 0; nl = view.indexOf(10, from)) {
      take(view.subarray(from, nl), pos + from);
      from = nl + 1;
    }
    if (from === 0 && view.length === buffer.length) {
      take(view, pos);
      from = view.length;
    }
    buffer.copyWithin(0, from, view.length);
    held = view.length - from;
    pos += from;
  }
}

/** The lines from `start` to the end of the file (at most READ_BYTES of them: the last bytes). */
async function lastLines(file: FileHandle, start: number, size: number): Promise<string[]> {
  const from = Math.max(start, size - READ_BYTES);
  const buffer = Buffer.alloc(size - from);
  await file.read(buffer, 0, buffer.length, from);
  const lines = buffer.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

const text = (line: Buffer) => line.toString('utf8', 0, line.at(-1) === 13 ? line.length - 1 : line.length);

/** An SBOM has one line per package; an image with more packages than this is not plausible. */
const MAX_SBOM_LINES = 200_000;
