/**
 * The live log as bytes: blocks of complete lines cut from ranged reads, never turned into strings in the core. A
 * 200 MB log decoded into a string per line made V8 allocate about 2 GB in its young generation and grow it from 16
 * to 64 MB (docs/performance.md); the GitHub logger prints these bytes as they are, the others decode a block at a
 * time. A block ends at a newline, so a multi-byte UTF-8 character is never split between two blocks.
 */

/** A line longer than this (bytes) is passed on in pieces rather than held until its newline. */
export const MAX_LINE_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export class LineBlocks {
  private held: Buffer = Buffer.alloc(0);

  constructor(private readonly maxLineBytes = MAX_LINE_BYTES) {}

  /**
   * The complete lines `bytes` ends, as one block: the lines' bytes joined by `\n`, without the last newline (a
   * zero-length block is one empty line), or undefined when no line ended. A copy: `bytes` may be reused after.
   * The rest is held for the next call; a held line longer than maxLineBytes is passed on in pieces, each cut at a
   * character boundary.
   */
  push(bytes: Buffer): Buffer | undefined {
    const end = bytes.lastIndexOf(NEWLINE);
    const block = end < 0 ? undefined : Buffer.concat([this.held, bytes.subarray(0, end)]);
    const rest = end < 0 ? bytes : bytes.subarray(end + 1);
    this.held = end < 0 ? Buffer.concat([this.held, rest]) : Buffer.from(rest);
    const pieces = this.cutLongLine();
    if (!pieces.length) return block;
    return joinLines(block === undefined ? pieces : [block, ...pieces]);
  }

  /** The last line, when the log ended without a newline (zero-length when nothing is held). */
  flush(): Buffer {
    const rest = this.held;
    this.held = Buffer.alloc(0);
    return rest;
  }

  private cutLongLine(): Buffer[] {
    const pieces: Buffer[] = [];
    while (this.held.length > this.maxLineBytes) {
      let cut = this.maxLineBytes;
      // Back to the first byte of a character (continuation bytes are 10xxxxxx).
      while (cut > 1 && (this.held[cut]! & 0xc0) === 0x80) cut--;
      pieces.push(this.held.subarray(0, cut));
      this.held = Buffer.from(this.held.subarray(cut));
    }
    return pieces;
  }
}

function joinLines(lines: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const [i, line] of lines.entries()) parts.push(...(i ? [Buffer.from([NEWLINE]), line] : [line]));
  return Buffer.concat(parts);
}

/** The block without carriage returns (a Windows build's CRLF, a progress bar's CR): the same bytes when it has none. */
export function withoutCarriageReturns(block: Buffer): Buffer {
  if (!block.includes(CARRIAGE_RETURN)) return block;
  const out = Buffer.allocUnsafe(block.length);
  let n = 0;
  for (const byte of block) if (byte !== CARRIAGE_RETURN) out[n++] = byte;
  return out.subarray(0, n);
}
