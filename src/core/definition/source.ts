/**
 * A parsed definition file: YAML with line numbers, locating a value's line by path, and errors that name the
 * file and the line (SettingsError: exit code 2 in the CLI, "Invalid input" in CI).
 */
import { SettingsError } from '../input-reader.js';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';

export type Segment = string | number;
export type Json = Record<string, unknown>;

/** A parsed YAML source, for locating values by path. */
export interface Source {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface Problem {
  line: number;
  message: string;
}

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function nodeAt(source: Source, path: readonly Segment[]): Node | undefined {
  const node = source.doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

function keyNodeAt(source: Source, path: readonly Segment[], key: string): Node | undefined {
  const parent = path.length ? source.doc.getIn(path, true) : source.doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = (parent.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** The best line for a path: the node itself, or the closest existing ancestor. */
export function lineOf(source: Source, path: readonly Segment[], key?: string): number {
  if (key !== undefined) {
    const k = keyNodeAt(source, path, key);
    if (k?.range) return source.lines.linePos(k.range[0]).line;
  }
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    // A key's own line reads better than the first line of its (block) value.
    const k = keyNodeAt(source, path.slice(0, -1), last);
    if (k?.range) return source.lines.linePos(k.range[0]).line;
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? (source.doc.contents as Node | null) : nodeAt(source, path.slice(0, n));
    if (node?.range) return source.lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** A definition file the user must fix: a SettingsError (exit code 2 in the CLI, "Invalid input" in CI). */
export function definitionError(source: Source, problems: Problem[]): Error {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  const lines = sorted
    .map((p) => `${source.file}:${p.line}: ${p.message}`)
    .filter((l) => (seen.has(l) ? false : (seen.add(l), true)));
  return new SettingsError(lines.join('\n'));
}

export function parseSource(text: string, file: string): { source: Source; data: Json } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source: Source = { file, doc, lines };
  if (doc.errors.length) {
    throw definitionError(
      source,
      doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // e.g. an alias bomb ("Excessive alias count indicates a resource exhaustion attack").
    throw definitionError(source, [{ line: 1, message: `invalid YAML: ${(e as Error).message}` }]);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw definitionError(source, [{ line: 1, message: 'a definition must be a YAML mapping' }]);
  }
  return { source, data: data as Json };
}
