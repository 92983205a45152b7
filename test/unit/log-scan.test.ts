/**
 * scanLogFile reads a copied log in 1 MiB pieces as bytes: the tail, the manifest and the SBOM must come out the same
 * wherever the pieces end (markers and multi-byte characters across a piece boundary, CRLF, a last line without a
 * newline, a line longer than a piece, invalid UTF-8).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLogFile } from '../../src/core/log-scan.js';

const MIB = 1024 * 1024;
const markers = {
  begin: '## MANIFEST BEGIN ##',
  end: '## MANIFEST END ##',
  sbomBegin: '## SBOM BEGIN ##',
  sbomEnd: '## SBOM END ##',
};

function logFile(parts: Array<string | Buffer>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'log-scan-')), 'customization.log');
  writeFileSync(path, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
  return path;
}

/** Filler lines of multi-byte text up to just before `at` bytes, so the next line straddles that offset. */
function fillTo(at: number, prefix = 'grüße € 😀 '): string {
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < at - 200; n++) {
    lines.push(`${prefix}${n}\n`);
    size += Buffer.byteLength(lines.at(-1)!);
  }
  return `${lines.join('')}${'x'.repeat(at - 20 - size)}\n`;
}

describe('scanLogFile', () => {
  it('finds the manifest and the SBOM across a 1 MiB boundary, with CRLF and a last line without newline', async () => {
    const path = logFile([
      fillTo(MIB),
      `${markers.begin}\r\n{"a": "é"}\r\n${markers.end}\r\n`,
      fillTo(MIB),
      `${markers.sbomBegin}\n{"spdx": "😀"}\n${markers.sbomEnd}\n`,
      'second to last\r\nlast without newline',
    ]);
    const r = await scanLogFile(path, { tailLines: 3, ...markers });
    expect(r.manifestText).toBe(`${markers.begin}\n{"a": "é"}\n${markers.end}`);
    expect(r.sbomText).toBe(`${markers.sbomBegin}\n{"spdx": "😀"}\n${markers.sbomEnd}`);
    expect(r.tail).toEqual([markers.sbomEnd, 'second to last', 'last without newline']);
  });

  it('takes a line longer than a piece in pieces, and invalid UTF-8 as U+FFFD', async () => {
    const long = 'y'.repeat(MIB + 10);
    const path = logFile(['first\n', long, '\n', Buffer.from([0x62, 0xff, 0x61, 0x0a]), 'end\n']);
    const r = await scanLogFile(path, { tailLines: 2, ...markers });
    expect(r.tail).toEqual(['b\uFFFDa', 'end']);
    expect(r.manifestText).toBe('');
    const whole = await scanLogFile(path, { tailLines: 10, ...markers });
    expect(whole.tail.join('').length).toBeGreaterThan(MIB - 100);
    expect(whole.tail.at(-1)).toBe('end');
  });

  it('keeps only the last SBOM document when one was interrupted', async () => {
    const path = logFile([
      `${markers.sbomBegin}\n{"cut"\n${markers.sbomBegin}\n{"whole": 1}\n${markers.sbomEnd}\n`,
    ]);
    const r = await scanLogFile(path, { tailLines: 0, ...markers });
    expect(r.sbomText).toBe(`${markers.sbomBegin}\n{"whole": 1}\n${markers.sbomEnd}`);
    expect(r.tail).toEqual([]);
  });
});
