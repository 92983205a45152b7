import { describe, expect, it } from 'vitest';
import { LineBlocks, withoutCarriageReturns } from '../../src/core/log-lines.js';

const text = (b: Buffer | undefined) => b?.toString('utf8');

describe('LineBlocks: the live log cut into blocks of complete lines, as bytes', () => {
  it('holds a line until its newline, across reads', () => {
    const lines = new LineBlocks();
    expect(lines.push(Buffer.from('first\nsec'))).toEqual(Buffer.from('first'));
    expect(lines.push(Buffer.from('ond'))).toBeUndefined();
    expect(text(lines.push(Buffer.from('\nthird\nfour')))).toBe('second\nthird');
    expect(text(lines.flush())).toBe('four');
    expect(lines.flush().length).toBe(0);
  });

  it('keeps a character split between two reads whole, and an empty line as a zero-length block', () => {
    const euro = Buffer.from('€\n'); // e2 82 ac 0a
    const lines = new LineBlocks();
    expect(lines.push(euro.subarray(0, 2))).toBeUndefined();
    expect(text(lines.push(euro.subarray(2)))).toBe('€');
    expect(lines.push(Buffer.from('\n'))).toEqual(Buffer.alloc(0));
  });

  it('returns copies: the read buffer can be reused at once', () => {
    const read = Buffer.from('abc\ndef');
    const lines = new LineBlocks();
    const block = lines.push(read)!;
    read.fill(0x78);
    expect(text(block)).toBe('abc');
    expect(text(lines.flush())).toBe('def');
  });

  it('passes a line longer than the limit on in pieces, each cut at a character boundary', () => {
    const lines = new LineBlocks(8);
    const long = 'ab€€€€€€'; // 2 + 6 × 3 bytes, no newline
    const block = lines.push(Buffer.from(long))!;
    const pieces = text(block)!.split('\n');
    expect(pieces.every((p) => Buffer.byteLength(p) <= 8 && !p.includes('\uFFFD'))).toBe(true);
    expect(pieces.join('') + text(lines.flush())).toBe(long);
  });

  it('removes carriage returns, and returns the same bytes when there are none', () => {
    expect(text(withoutCarriageReturns(Buffer.from('a\r\nb\rc')))).toBe('a\nbc');
    const plain = Buffer.from('plain\nlines');
    expect(withoutCarriageReturns(plain)).toBe(plain);
  });
});
