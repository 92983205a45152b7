/**
 * Where a tool's releases are listed, derived from its download URLs (the same hosts `definition pin` downloads
 * from): GitHub releases (`<github>/<owner>/<repo>/releases/download/<tag>/...`), Kubernetes
 * (`<kubernetes>/release/v{version}/...`, stable-<minor>.txt) and HashiCorp (`<hashicorp>/<product>/{version}/...`,
 * index.json). Every base URL can be overridden (tests point them at a loopback release server).
 *
 * Update policy: a tool moves to the newest stable release of its current major version; kubectl (the
 * Kubernetes source) stays on its minor, because kubectl is only supported within one minor of the cluster.
 */
import { compareVersions } from '../util.js';
import type { JumpboxDefinition, ToolDefinition } from './types.js';

export interface ReleaseSources {
  /** Download host recognised as GitHub releases. */
  github: string;
  /** GitHub REST API used to list releases. */
  githubApi: string;
  kubernetes: string;
  hashicorp: string;
  /** Sent as a bearer token to `githubApi` only (rate limits); never printed. */
  githubToken?: string;
}

export const DEFAULT_RELEASE_SOURCES: ReleaseSources = {
  github: 'https://github.com',
  githubApi: 'https://api.github.com',
  kubernetes: 'https://dl.k8s.io',
  hashicorp: 'https://releases.hashicorp.com',
};

export type ReleaseSource =
  | { kind: 'github'; repo: string; tagPrefix: string; tagSuffix: string }
  | { kind: 'kubernetes' }
  | { kind: 'hashicorp'; product: string };

export interface ReleaseLookupOptions {
  sources?: Partial<ReleaseSources>;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

const esc = (s: string) => s.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sourcesOf(options: ReleaseLookupOptions): ReleaseSources {
  return { ...DEFAULT_RELEASE_SOURCES, ...(options.sources ?? {}) };
}

/** The release source of a download tool, from its URL, checksum URL or signature URL; undefined when unknown. */
export function releaseSourceOf(tool: ToolDefinition, sources: ReleaseSources): ReleaseSource | undefined {
  const d = tool.download;
  if (!d) return undefined;
  const templates = [d.url, d.checksum?.url, d.signature?.url].filter((u): u is string => !!u);
  const github = new RegExp(
    `^${esc(sources.github)}/([^/]+/[^/]+)/releases/download/([^/{]*)\\{version\\}([^/{]*)/`,
  );
  const kubernetes = new RegExp(`^${esc(sources.kubernetes)}/release/v\\{version\\}/`);
  const hashicorp = new RegExp(`^${esc(sources.hashicorp)}/([^/]+)/\\{version\\}/`);
  for (const t of templates) {
    const g = github.exec(t);
    if (g) return { kind: 'github', repo: g[1]!, tagPrefix: g[2]!, tagSuffix: g[3]! };
    if (kubernetes.test(t)) return { kind: 'kubernetes' };
    const h = hashicorp.exec(t);
    if (h) return { kind: 'hashicorp', product: h[1]! };
  }
  return undefined;
}

export function describeSource(source: ReleaseSource): string {
  if (source.kind === 'github') return `GitHub releases ${source.repo}`;
  if (source.kind === 'kubernetes') return 'Kubernetes stable release markers';
  return `HashiCorp releases ${source.product}`;
}

const STABLE = /^\d+(\.\d+){1,3}$/;

async function get(url: string, options: ReleaseLookupOptions, headers: Record<string, string> = {}) {
  const f = options.fetch ?? fetch;
  const res = await f(url, {
    headers,
    redirect: 'follow',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res;
}

async function githubVersions(
  source: Extract<ReleaseSource, { kind: 'github' }>,
  s: ReleaseSources,
  options: ReleaseLookupOptions,
): Promise<string[]> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (s.githubToken) headers.authorization = `Bearer ${s.githubToken}`;
  const url = `${s.githubApi.replace(/\/+$/, '')}/repos/${source.repo}/releases?per_page=100`;
  const releases = (await (await get(url, options, headers)).json()) as Array<{
    tag_name?: string;
    draft?: boolean;
    prerelease?: boolean;
  }>;
  const out: string[] = [];
  for (const r of releases) {
    const tag = r.tag_name ?? '';
    if (r.draft || r.prerelease || !tag.startsWith(source.tagPrefix) || !tag.endsWith(source.tagSuffix))
      continue;
    out.push(tag.slice(source.tagPrefix.length, tag.length - source.tagSuffix.length));
  }
  return out;
}

async function sourceVersions(
  source: ReleaseSource,
  current: string,
  s: ReleaseSources,
  options: ReleaseLookupOptions,
): Promise<string[]> {
  if (source.kind === 'github') return githubVersions(source, s, options);
  if (source.kind === 'kubernetes') {
    const [major, minor] = current.split('.');
    const url = `${s.kubernetes.replace(/\/+$/, '')}/release/stable-${major}.${minor}.txt`;
    return [(await (await get(url, options)).text()).trim().replace(/^v/, '')];
  }
  const url = `${s.hashicorp.replace(/\/+$/, '')}/${source.product}/index.json`;
  const index = (await (await get(url, options)).json()) as { versions?: Record<string, unknown> };
  return Object.keys(index.versions ?? {});
}

export interface ReleaseLookup {
  source?: string;
  /** The newest stable release on the tool's track (its major; kubectl: its minor). */
  latest?: string;
  /** Releases newer than the pinned version on that track, newest first. */
  newer: string[];
  /** Why no release could be read. */
  error?: string;
}

/** Reads the tool's releases from its release source. Never throws for a lookup failure (see `error`). */
export async function lookupReleases(
  tool: ToolDefinition,
  options: ReleaseLookupOptions = {},
): Promise<ReleaseLookup> {
  const s = sourcesOf(options);
  const source = releaseSourceOf(tool, s);
  if (!source) {
    const how = tool.apt
      ? 'an apt package (see apt-cache madison)'
      : tool.azureCliExtension
        ? 'an Azure CLI extension (see az extension list-available)'
        : 'no known release source for its URLs';
    return { newer: [], error: `not checked: ${how}` };
  }
  try {
    const major = tool.version.split('.')[0];
    const onTrack = (await sourceVersions(source, tool.version, s, options))
      .filter((v) => STABLE.test(v) && v.split('.')[0] === major)
      .sort((a, b) => compareVersions(b, a));
    const latest = onTrack[0];
    const newer = STABLE.test(tool.version)
      ? [...new Set(onTrack.filter((v) => compareVersions(v, tool.version) > 0))]
      : [];
    return { source: describeSource(source), ...(latest ? { latest } : {}), newer };
  } catch (e) {
    if (options.signal?.aborted) throw e;
    return { source: describeSource(source), newer: [], error: (e as Error).message };
  }
}

export interface OutdatedTool {
  name: string;
  pinned: string;
  latest?: string;
  status: 'current' | 'outdated' | 'unknown';
  source?: string;
  note?: string;
}

/** For every tool of a resolved definition: the pinned version and the newest release on its track. */
export async function outdatedTools(
  definition: JumpboxDefinition,
  options: ReleaseLookupOptions = {},
): Promise<OutdatedTool[]> {
  const out: OutdatedTool[] = [];
  for (const tool of definition.tools) {
    const r = await lookupReleases(tool, options);
    const status = r.error || !r.latest ? 'unknown' : r.newer.length ? 'outdated' : 'current';
    out.push({
      name: tool.name,
      pinned: tool.version,
      status,
      ...(r.latest ? { latest: r.latest } : {}),
      ...(r.source ? { source: r.source } : {}),
      ...(r.error ? { note: r.error } : !r.latest ? { note: 'no stable release on its track' } : {}),
    });
  }
  return out;
}
