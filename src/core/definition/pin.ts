/**
 * `definition pin`: downloads each tool of a definition file and records its sha256, so builds check a
 * pinned hash in addition to the upstream checksum file. With `update`, each tool first moves to its newest
 * release (see releases.ts) that passes verification. Needs network access to the download hosts.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { joinEmbedded, splitEmbedded } from './embedded.js';
import { parseDefinition } from './load.js';
import { lookupReleases } from './releases.js';
import type { ReleaseSources } from './releases.js';
import { toolUrls } from './bash.js';
import type { Architecture, ToolDefinition } from './types.js';

export interface PinDefinitionOptions {
  /** A YAML definition, or a TypeScript module embedding one (`… = String.raw\`…\``, like the built-in default). */
  path: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Write the updated text back to `path` (default false: the caller decides). */
  write?: boolean;
  /** Move each tool to its newest release that passes verification first. */
  update?: boolean;
  /** Release source base URLs (update only). */
  sources?: Partial<ReleaseSources>;
  /** Newer releases tried per tool, newest first (default 3). */
  maxCandidates?: number;
}

export interface PinChange {
  tool: string;
  from: string;
  to: string;
  /** updated: moved to a newer release; current: no newer release; kept: a newer release failed verification
   *  or could not be checked, the old pin stays; pinned: hashes only (no update requested). */
  status: 'updated' | 'current' | 'kept' | 'pinned';
  sha256: Partial<Record<Architecture, string>>;
  reasons: string[];
}

export interface PinOutcome {
  /** sha256 values and versions changed. */
  updated: number;
  text: string;
  changes: PinChange[];
}

type Fetch = typeof fetch;

async function download(url: string, f: Fetch, signal: AbortSignal | undefined): Promise<Buffer> {
  const res = await f(url, { redirect: 'follow', ...(signal ? { signal } : {}) });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function checksumFor(text: string, name: string): string | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  for (const line of lines) {
    const [hash, file] = line.trim().split(/\s+/);
    if (file && file.replace(/^\*/, '').replace(/^.*\//, '') === name) return hash!.toLowerCase();
  }
  if (lines.length === 1 && /^[0-9a-fA-F]{64}$/.test(lines[0]!.trim())) return lines[0]!.trim().toLowerCase();
  return undefined;
}

/**
 * Downloads the tool for each architecture and returns its sha256 values. A download that disagrees with the
 * upstream checksum file is refused; with `strict` (a new version), the checksum file must exist and list it.
 */
async function verifiedHashes(
  tool: ToolDefinition,
  arches: Architecture[],
  ctx: { label: string; f: Fetch; signal: AbortSignal | undefined; strict: boolean },
): Promise<Partial<Record<Architecture, string>>> {
  const out: Partial<Record<Architecture, string>> = {};
  for (const arch of arches) {
    const urls = toolUrls(tool, arch);
    if (ctx.strict && !urls.checksum)
      throw new Error('no upstream checksum file to verify a new release against');
    const body = await download(urls.url, ctx.f, ctx.signal);
    const hash = createHash('sha256').update(body).digest('hex');
    if (urls.checksum) {
      const sums = (await download(urls.checksum, ctx.f, ctx.signal)).toString('utf8');
      const file = urls.url.split('/').pop()!;
      const expected = checksumFor(sums, file);
      if (ctx.strict && !expected) throw new Error(`${urls.checksum} has no sha256 for ${file}`);
      if (expected && expected !== hash) {
        throw new Error(
          `${ctx.label}: ${tool.name} ${arch}: ${urls.url} has sha256 ${hash}, but ${urls.checksum} says ${expected}`,
        );
      }
    }
    out[arch] = hash;
  }
  return out;
}

/** Writes `hashes` as tools[i].download.sha256 (and `version` when given); returns how many values changed. */
function applyPins(
  doc: Document,
  i: number,
  hashes: Partial<Record<Architecture, string>>,
  version?: string,
): number {
  let changed = 0;
  if (version !== undefined && doc.getIn(['tools', i, 'version']) !== version) {
    doc.setIn(['tools', i, 'version'], version);
    changed++;
  }
  if (!doc.hasIn(['tools', i, 'download'])) doc.setIn(['tools', i, 'download'], doc.createNode({}));
  const shaPath = ['tools', i, 'download', 'sha256'];
  if (version !== undefined) {
    // Pins belong to one version: drop those of architectures not verified for the new one.
    const old =
      (doc.getIn(shaPath) as { toJSON?: () => Record<string, string> } | undefined)?.toJSON?.() ?? {};
    for (const arch of Object.keys(old)) if (!(arch in hashes)) doc.deleteIn([...shaPath, arch]);
  }
  if (!doc.hasIn(shaPath)) doc.setIn(shaPath, doc.createNode({}));
  for (const [arch, hash] of Object.entries(hashes)) {
    if (doc.getIn([...shaPath, arch]) !== hash) {
      doc.setIn([...shaPath, arch], hash);
      changed++;
    }
  }
  return changed;
}

interface ToolContext {
  label: string;
  f: Fetch;
  signal: AbortSignal | undefined;
  options: Omit<PinDefinitionOptions, 'path' | 'write'>;
}

/** Tries the newer releases newest first; returns the first that passes verification. */
async function tryNewer(
  tool: ToolDefinition,
  arches: Architecture[],
  change: PinChange,
  ctx: ToolContext,
): Promise<Partial<Record<Architecture, string>> | undefined> {
  const lookup = await lookupReleases(tool, {
    fetch: ctx.f,
    ...(ctx.options.sources ? { sources: ctx.options.sources } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  if (lookup.error) change.reasons.push(lookup.error);
  for (const candidate of lookup.newer.slice(0, ctx.options.maxCandidates ?? 3)) {
    try {
      const hashes = await verifiedHashes({ ...tool, version: candidate }, arches, { ...ctx, strict: true });
      change.to = candidate;
      change.status = 'updated';
      return hashes;
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      change.reasons.push(`${candidate} refused: ${(e as Error).message}`);
    }
  }
  if (lookup.error || lookup.newer.length) change.status = 'kept';
  return undefined;
}

async function pinTool(
  doc: Document,
  i: number,
  tool: ToolDefinition,
  arches: Architecture[],
  ctx: ToolContext,
): Promise<{ change: PinChange; changed: number }> {
  const update = ctx.options.update === true;
  const change: PinChange = {
    tool: tool.name,
    from: tool.version,
    to: tool.version,
    status: update ? 'current' : 'pinned',
    sha256: {},
    reasons: [],
  };
  const newer = update ? await tryNewer(tool, arches, change, ctx) : undefined;
  if (newer) {
    change.sha256 = newer;
    return { change, changed: applyPins(doc, i, newer, change.to) };
  }
  try {
    change.sha256 = await verifiedHashes(tool, arches, { ...ctx, strict: false });
  } catch (e) {
    if (!update || ctx.signal?.aborted) throw e;
    change.status = 'kept';
    change.reasons.push(`${tool.version} not re-pinned: ${(e as Error).message}`);
    return { change, changed: 0 };
  }
  return { change, changed: applyPins(doc, i, change.sha256) };
}

/** The serializer settings that keep a hand-written file's layout (the built-in default round-trips exactly). */
export function serializeDefinition(doc: Document): string {
  return doc.toString({ lineWidth: 120, flowCollectionPadding: false });
}

/** pinDefinition on YAML text. */
export async function pinDefinitionText(
  text: string,
  label: string,
  options: Omit<PinDefinitionOptions, 'path' | 'write'>,
): Promise<PinOutcome> {
  const definition = parseDefinition(text, label);
  const doc = parseDocument(text);
  const fileTools = (doc.toJS() as { tools?: Array<{ name: string }> }).tools ?? [];
  const ctx: ToolContext = { label, f: options.fetch ?? fetch, signal: options.signal, options };
  let updated = 0;
  const changes: PinChange[] = [];
  for (const [i, entry] of fileTools.entries()) {
    const tool = definition.tools.find((t) => t.name === entry.name);
    if (!tool?.download) continue;
    const arches = [
      ...new Set<Architecture>([
        definition.architecture,
        ...(Object.keys(tool.download.sha256 ?? {}) as Architecture[]),
      ]),
    ].sort();
    const r = await pinTool(doc, i, tool, arches, ctx);
    changes.push(r.change);
    updated += r.changed;
  }
  const out = updated ? serializeDefinition(doc) : text;
  parseDefinition(out, label);
  return { updated, text: out, changes };
}

/**
 * Fills `download.sha256.<arch>` for every tool the file itself lists (tools inherited through
 * `extends: default` are pinned in the default). A download that disagrees with the upstream checksum
 * file is refused. Returns the new text and how many values changed; comments and layout are kept.
 */
export async function pinDefinition(options: PinDefinitionOptions): Promise<PinOutcome> {
  const raw = await readFile(options.path, 'utf8');
  const embedded = options.path.endsWith('.ts') ? splitEmbedded(raw, options.path) : undefined;
  const outcome = await pinDefinitionText(embedded ? embedded.yaml : raw, options.path, options);
  const text = embedded ? joinEmbedded(embedded, outcome.text, options.path) : outcome.text;
  if (options.write && outcome.updated) await writeFile(options.path, text, 'utf8');
  return { ...outcome, text };
}
