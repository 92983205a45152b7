/**
 * `definition pin`: downloads each tool of a definition file and records its sha256, so builds check a
 * pinned hash in addition to the upstream checksum file. Needs network access to the download hosts.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { parseDefinition } from './load.js';
import { toolUrls } from './scripts.js';
import type { Architecture } from './types.js';

export interface PinDefinitionOptions {
  path: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Write the updated text back to `path` (default false: the caller decides). */
  write?: boolean;
}

async function download(url: string, f: typeof fetch, signal: AbortSignal | undefined): Promise<Buffer> {
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
 * Fills `download.sha256.<arch>` for every tool the file itself lists (tools inherited through
 * `extends: default` are pinned in the default). A download that disagrees with the upstream checksum
 * file is refused. Returns the new text and how many values changed; comments and layout are kept.
 */
export async function pinDefinition(
  options: PinDefinitionOptions,
): Promise<{ updated: number; text: string }> {
  const f = options.fetch ?? fetch;
  const text = await readFile(options.path, 'utf8');
  const definition = parseDefinition(text, options.path);
  const doc = parseDocument(text);
  const fileTools = (doc.toJS() as { tools?: Array<{ name: string }> }).tools ?? [];
  let updated = 0;
  for (const [i, entry] of fileTools.entries()) {
    const tool = definition.tools.find((t) => t.name === entry.name);
    if (!tool?.download) continue;
    const arches = new Set<Architecture>([
      definition.architecture,
      ...(Object.keys(tool.download.sha256 ?? {}) as Architecture[]),
    ]);
    for (const arch of [...arches].sort()) {
      const urls = toolUrls(tool, arch);
      const body = await download(urls.url, f, options.signal);
      const hash = createHash('sha256').update(body).digest('hex');
      if (urls.checksum) {
        const sums = (await download(urls.checksum, f, options.signal)).toString('utf8');
        const expected = checksumFor(sums, urls.url.split('/').pop()!);
        if (expected && expected !== hash) {
          throw new Error(
            `${options.path}: ${tool.name} ${arch}: ${urls.url} has sha256 ${hash}, but ${urls.checksum} says ${expected}`,
          );
        }
      }
      const path = ['tools', i, 'download', 'sha256', arch];
      if (doc.getIn(path) !== hash) {
        if (!doc.hasIn(['tools', i, 'download'])) doc.setIn(['tools', i, 'download'], doc.createNode({}));
        if (!doc.hasIn(['tools', i, 'download', 'sha256']))
          doc.setIn(['tools', i, 'download', 'sha256'], doc.createNode({}));
        doc.setIn(path, hash);
        updated++;
      }
    }
  }
  const out = doc.toString();
  parseDefinition(out, options.path);
  if (options.write && updated) await writeFile(options.path, out, 'utf8');
  return { updated, text: out };
}
