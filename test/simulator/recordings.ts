/**
 * Loads the digests of real Azure interactions vendored in test/azure-sim/recordings (see its README) and compares
 * a simulator answer with a recorded one: status, async headers, and the body's shape (keys, types, enum values,
 * id casing), with GUIDs, timestamps and checksums reduced to tokens.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Interaction {
  file: string;
  seq: number;
  method: string;
  path: string;
  apiVersion: string;
  requestBody: unknown;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface Recording {
  name: string;
  interactions: Interaction[];
}

const dir = fileURLToPath(new URL('../azure-sim/recordings/', import.meta.url));

export function loadRecordings(): Recording[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      interactions: JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as Interaction[],
    }));
}

/** What an interaction is about, by path (the simulator's route kinds where it has one). */
export function classify(i: Pick<Interaction, 'method' | 'path'>): string {
  const p = i.path;
  const m = i.method;
  if (/\/providers\/Microsoft\.VirtualMachineImages\/locations\/[^/]+\/operations\//i.test(p))
    return 'operations.get';
  if (/\/capsOperations\//i.test(p)) return 'compute.operations.get';
  if (/\/imageTemplates\/[^/]+\/triggers/i.test(p)) return `triggers.${m.toLowerCase()}`;
  if (/\/imageTemplates\/[^/]+\/runOutputs\/[^/]+$/i.test(p)) return 'runOutputs.get';
  if (/\/imageTemplates\/[^/]+\/run$/i.test(p)) return 'imageTemplates.run';
  if (/\/imageTemplates\/[^/]+$/i.test(p)) return `imageTemplates.${m.toLowerCase()}`;
  if (/\/imageTemplates$/i.test(p)) return 'imageTemplates.list';
  if (/\/userAssignedIdentities\/[^/]+$/i.test(p)) return `identities.${m.toLowerCase()}`;
  if (/\/roleAssignments\/[^/]+$/i.test(p)) return `roleAssignments.${m.toLowerCase()}`;
  if (/\/galleries\/[^/]+\/images\/[^/]+\/versions\/[^/]+$/i.test(p))
    return `galleryImageVersions.${m.toLowerCase()}`;
  if (/\/galleries\/[^/]+\/images\/[^/]+$/i.test(p)) return `galleryImages.${m.toLowerCase()}`;
  if (/\/galleries\/[^/]+$/i.test(p)) return `galleries.${m.toLowerCase()}`;
  return 'other';
}

/**
 * Interactions of resource types or operations the product does not use. They are counted but not replayed:
 * the product never creates galleries or definitions (it reads them), and never uses triggers.
 */
export const OUT_OF_SCOPE: Record<string, string> = {
  'galleries.put': 'the product never creates a gallery (it distributes into an existing one)',
  'galleries.get': 'the product reads gallery image definitions, not galleries',
  'galleryImages.put': 'the product never creates a gallery image definition',
  'compute.operations.get': 'polls of the gallery creations above',
  'triggers.put': 'the product does not use Image Builder triggers',
  'triggers.get': 'the product does not use Image Builder triggers',
  'triggers.list': 'the product does not use Image Builder triggers',
  'triggers.delete': 'the product does not use Image Builder triggers',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The comparable form of a string: GUIDs, dates, checksums and generated names become tokens. */
export function token(key: string, value: string, parent: Record<string, unknown>, context: Context): string {
  if (GUID.test(value)) return value === value.toUpperCase() ? '<GUID>' : '<guid>';
  if (DATE.test(value)) return '<date>';
  if (key === 'sha256Checksum') return /^[0-9a-f]{64}$/.test(value) ? '<sha256>' : value;
  if (key === 'exactStagingResourceGroup') {
    if (value === '') return '';
    const m = /^\/subscriptions\/[^/]+\/resourceGroups\/IT_(.+)_[0-9a-f-]{36}$/.exec(value);
    // The recordings' resource group names were randomised before the test framework renamed them, so a recorded
    // prefix is the first 40 characters of a longer name; a simulator prefix must be exactly that rule.
    const full = `${context.resourceGroup}_${context.templateName}`;
    return m && (m[1]!.length === 40 || m[1] === full.slice(0, 40))
      ? '/subscriptions/<sub>/resourceGroups/IT_<first 40 of rg_template>_<guid>'
      : `unexpected: ${value}`;
  }
  if (key === 'exactVersion') {
    if (value === parent.version || value === parent.imageVersionId) return '<as requested>';
    return /^\d+\.\d+\.\d+$/.test(value) ? '<resolved version>' : value;
  }
  return value
    .replace(/\/versions\/[^/]+$/i, '/versions/<version>')
    .replace(/operations\/[0-9a-f-]{36}/i, 'operations/<guid>');
}

export interface Context {
  resourceGroup: string;
  templateName: string;
}

/** Differences between a recorded body and the simulator's, as `path: recorded … / simulator …` lines. */
export function compareBodies(recorded: unknown, actual: unknown, context: Context, at = '$'): string[] {
  if (isObject(recorded) && Array.isArray(recorded._topLevelKeys)) return compareDigest(recorded, actual, at);
  return compareValues(recorded, actual, context, at, '', { r: {}, a: {} });
}

function compareDigest(recorded: Record<string, unknown>, actual: unknown, at: string): string[] {
  if (!isObject(actual)) return [`${at}: recorded an object, simulator ${describe(actual)}`];
  const out = keyDiff(recorded._topLevelKeys as string[], Object.keys(actual), at);
  const ps = recorded['properties.provisioningState'];
  if (ps !== undefined) {
    const actualPs = isObject(actual.properties) ? actual.properties.provisioningState : undefined;
    if (actualPs !== ps)
      out.push(`${at}.properties.provisioningState: recorded ${String(ps)}, simulator ${String(actualPs)}`);
  }
  return out;
}

function compareValues(
  recorded: unknown,
  actual: unknown,
  context: Context,
  at: string,
  key: string,
  parents: { r: Record<string, unknown>; a: Record<string, unknown> },
): string[] {
  if (recorded === null || actual === null || typeof recorded !== typeof actual) {
    return recorded === actual
      ? []
      : [`${at}: recorded ${describe(recorded)}, simulator ${describe(actual)}`];
  }
  if (Array.isArray(recorded)) {
    if (!Array.isArray(actual)) return [`${at}: recorded an array, simulator ${describe(actual)}`];
    if (recorded.length !== actual.length)
      return [`${at}: recorded ${recorded.length} items, simulator ${actual.length}`];
    return recorded.flatMap((r, i) => compareValues(r, actual[i], context, `${at}[${i}]`, key, parents));
  }
  if (isObject(recorded) && isObject(actual)) {
    const out = keyDiff(Object.keys(recorded), Object.keys(actual), at);
    for (const k of Object.keys(recorded).filter((k) => k in actual))
      out.push(
        ...compareValues(recorded[k], actual[k], context, `${at}.${k}`, k, { r: recorded, a: actual }),
      );
    return out;
  }
  if (typeof recorded === 'string') {
    const r = token(key, recorded, parents.r, context);
    const a = token(key, actual as string, parents.a, context);
    return r === a ? [] : [`${at}: recorded ${JSON.stringify(r)}, simulator ${JSON.stringify(a)}`];
  }
  if (typeof recorded === 'number' || typeof recorded === 'boolean')
    return recorded === actual ? [] : [`${at}: recorded ${String(recorded)}, simulator ${String(actual)}`];
  return [];
}

function keyDiff(recorded: string[], actual: string[], at: string): string[] {
  const out: string[] = [];
  for (const k of recorded) if (!actual.includes(k)) out.push(`${at}.${k}: recorded, simulator absent`);
  for (const k of actual) if (!recorded.includes(k)) out.push(`${at}.${k}: simulator only`);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'absent';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** The status sequence of consecutive polls, repeats removed: InProgress, InProgress, Succeeded → InProgress, Succeeded. */
export function statusSequence(bodies: unknown[]): string[] {
  const out: string[] = [];
  for (const b of bodies) {
    const s = isObject(b) ? String(b.status) : `HTTP body ${describe(b)}`;
    if (out[out.length - 1] !== s) out.push(s);
  }
  return out;
}

export const ASYNC_HEADERS = ['azure-asyncoperation', 'location', 'retry-after'] as const;

export function headerPresence(headers: Record<string, string | undefined>): string {
  return ASYNC_HEADERS.filter((h) => headers[h] !== undefined).join(',') || 'none';
}
