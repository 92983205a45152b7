/** IPv4 prefixes as integer ranges: parsing, size, containment and overlap (pure). */

export interface Range {
  /** First address as an unsigned 32-bit integer. */
  start: number;
  /** Last address (inclusive). */
  end: number;
}

/** Parses `a.b.c.d` or `a.b.c.d/n`; undefined for anything else (IPv6, service tags, `*`). */
export function parseIpv4Prefix(text: string): (Range & { bits: number }) | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = m[5] === undefined ? 32 : Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - bits);
  const start = address - (address % size);
  return { start, end: start + size - 1, bits };
}

export const isIpv6 = (text: string): boolean => text.includes(':');

export const contains = (outer: Range, inner: Range): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export const overlaps = (a: Range, b: Range): boolean => a.start <= b.end && b.start <= a.end;

const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map((p) =>
  parseIpv4Prefix(p)!,
);

/** Whether every address of the range is private (RFC 1918 or shared address space). */
export const isPrivate = (r: Range): boolean => PRIVATE.some((p) => contains(p, r));
