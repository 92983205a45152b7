/**
 * The simulator held against recordings of real Azure (test/azure-sim/recordings, see its README).
 *
 * Each recording is replayed in order against one simulator seeded with the recording's resource groups, network,
 * platform images and gallery definitions: the same method and path at our api-versions, the same template bodies.
 * Every answer is compared with the recorded one: status code; presence of Azure-AsyncOperation, Location and
 * Retry-After; the body's shape (keys, types, enum values, id casing; GUIDs, dates and checksums as tokens). Polls
 * of one operation are compared as a status sequence (repeats removed) and by the body of each status.
 * A difference either gets fixed in the simulator or is listed in EXCEPTIONS with its reason.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, type Simulator, createSimulator } from '../azure-sim/index.js';
import { secretCredential } from '../helpers/sdk.js';
import {
  type Interaction,
  OUT_OF_SCOPE,
  classify,
  compareBodies,
  headerPresence,
  loadRecordings,
  statusSequence,
} from './recordings.js';

const SUB = '00000000-0000-0000-0000-000000000000';
/** Our api-versions, by resource type (the recordings used older ones). */
const API_VERSIONS: Array<[RegExp, string]> = [
  [/^(imageTemplates|operations|runOutputs)\./, '2025-10-01'],
  [/^identities\./, '2024-11-30'],
  [/^roleAssignments\./, '2022-04-01'],
  [/^gallery/, '2024-03-03'],
];

interface Exception {
  /** Route kind the difference belongs to. */
  kind: string | RegExp;
  /** Recording file name; any when absent. */
  recording?: string;
  /** Matches the difference line. */
  difference: RegExp;
  reason: string;
}

/** Differences kept on purpose, each with its reason. */
const EXCEPTIONS: Exception[] = [
  {
    kind: /^imageTemplates\.(put|get|list)$/,
    recording: 'test_image_builder_basic',
    difference: /\.(stagingResourceGroup|exactStagingResourceGroup): simulator only$/,
    reason:
      'recorded at api-version 2021-10-01, which predates stagingResourceGroup (2022-02-14); the 2023-07-01 recordings and the 2025-10-01 spec have both',
  },
];

let sim: Simulator;
let token = '';

function seedRecordings(): { resourceGroups: string[] } {
  const rgs = new Set<string>();
  for (const r of loadRecordings())
    for (const i of r.interactions) {
      const m = /\/resourceGroups\/([^/]+)/i.exec(i.path);
      if (m) rgs.add(m[1]!);
    }
  return { resourceGroups: [...rgs] };
}

beforeAll(async () => {
  const { resourceGroups } = seedRecordings();
  sim = await createSimulator({
    fixture: {
      subscriptionId: SUB,
      location: 'westus',
      resourceGroups,
      virtualNetworks: [
        {
          subscriptionId: SUB,
          resourceGroup: 'img_tmpl_basic000001',
          name: 'vnet1',
          location: 'westus',
          addressPrefixes: ['10.0.0.0/16'],
          subnets: [
            { name: 'subnet1', addressPrefix: '10.0.0.0/24', privateLinkServiceNetworkPolicies: 'Disabled' },
          ],
        },
      ],
      platformImages: {
        'Canonical:UbuntuServer:18.04-LTS': ['18.04.201808140'],
        'Canonical:UbuntuServer:18_04-LTS-GEN2': ['18.04.202312050', '18.04.202401161'],
      },
    },
    // Long enough that the first poll, sent at once, always sees InProgress even on a loaded machine.
    build: { durationMs: 1500, provisionDelayMs: 1000, deleteDelayMs: 1000, cancelDelayMs: 50 },
  });
  for (const r of loadRecordings())
    for (const i of r.interactions) {
      const m = /^(.*\/galleries\/[^/]+\/images\/[^/]+)$/i.exec(i.path);
      if (m && i.method === 'GET') sim.addGalleryImage(m[1]!);
    }
  token = (await secretCredential(sim).getToken(`${sim.url}/.default`)).token;
});
afterAll(async () => {
  await sim?.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

async function send(method: string, path: string, apiVersion: string, body?: unknown): Promise<Answer> {
  const url = path.startsWith('https://') ? path : `${sim.url}${path}?api-version=${apiVersion}`;
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: Object.fromEntries(res.headers),
    body: text ? (JSON.parse(text) as unknown) : null,
  };
}

/** One recording's replay: recorded strings (operation ids, gallery versions) mapped to the simulator's. */
class Replay {
  readonly differences: Array<{ kind: string; line: string }> = [];
  covered = 0;
  skipped = 0;
  private readonly rewrites = new Map<string, string>();

  constructor(readonly name: string) {}

  rewrite(text: string): string {
    let out = text;
    for (const [from, to] of this.rewrites) out = out.split(from).join(to);
    return out;
  }

  learn(recorded: string | undefined, actual: string | undefined, pattern: RegExp): void {
    const r = recorded ? pattern.exec(recorded)?.[1] : undefined;
    const a = actual ? pattern.exec(actual)?.[1] : undefined;
    if (r && a && r !== a) this.rewrites.set(r, a);
  }

  differ(kind: string, seq: number, line: string): void {
    this.differences.push({ kind, line: `#${seq} ${kind} ${line}` });
  }
}

function apiVersionOf(kind: string): string {
  return API_VERSIONS.find(([re]) => re.test(kind))?.[1] ?? '2024-03-03';
}

function requestBodyOf(i: Interaction, kind: string, replay: Replay): unknown {
  if (kind === 'identities.put') return { location: 'westus', tags: {} };
  if (kind === 'roleAssignments.put') {
    const rg = /\/resourceGroups\/([^/]+)/i.exec(i.path)![1]!;
    const identity = sim.state.identities.get(
      `/subscriptions/${SUB}/resourcegroups/${rg}/providers/microsoft.managedidentity/userassignedidentities/ide1`,
    );
    return {
      properties: {
        roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${BUILT_IN_ROLES.Contributor}`,
        principalId: identity?.principalId,
        principalType: 'ServicePrincipal',
      },
    };
  }
  return i.requestBody === null ? undefined : JSON.parse(replay.rewrite(JSON.stringify(i.requestBody)));
}

const context = (path: string) => ({
  resourceGroup: /\/resourceGroups\/([^/]+)/i.exec(path)?.[1] ?? '',
  templateName: /\/imageTemplates\/([^/]+)/i.exec(path)?.[1] ?? '',
});

async function replayRequest(i: Interaction, kind: string, replay: Replay): Promise<void> {
  // The test framework named every role assignment 88888888-…; real names are unique, so each replay gets its own.
  if (kind === 'roleAssignments.put') replay.learn(i.path, `/${randomUUID()}`, /\/([0-9a-f-]{36})$/i);
  if (i.status === 500 && kind === 'imageTemplates.put') sim.setBuild({ templatePutInternalErrors: 1 });
  const body = requestBodyOf(i, kind, replay);
  const answer = await send(i.method, replay.rewrite(i.path), apiVersionOf(kind), body);
  replay.covered++;
  if (answer.status !== i.status)
    replay.differ(kind, i.seq, `status: recorded ${i.status}, simulator ${answer.status}`);
  const [rh, ah] = [headerPresence(i.headers), headerPresence(answer.headers)];
  if (rh !== ah) replay.differ(kind, i.seq, `async headers: recorded ${rh}, simulator ${ah}`);
  for (const h of ['azure-asyncoperation', 'location'])
    replay.learn(i.headers[h], answer.headers[h], /\/operations\/([0-9a-f-]{36})/i);
  if (kind === 'runOutputs.get') {
    const artifact = (b: unknown) =>
      (b as { properties?: { artifactId?: string } } | null)?.properties?.artifactId;
    replay.learn(artifact(i.body), artifact(answer.body), /(\/versions\/[^/]+)$/i);
  }
  for (const line of compareBodies(i.body, answer.body, context(i.path)))
    replay.differ(kind, i.seq, `body ${line}`);
}

async function replayPolls(polls: Interaction[], kind: string, replay: Replay): Promise<void> {
  const first = polls[0]!;
  const answers: Answer[] = [];
  for (let n = 0; n < 400; n++) {
    const a = await send('GET', replay.rewrite(first.path), apiVersionOf(kind));
    answers.push(a);
    const s = (a.body as { status?: string } | null)?.status;
    if (a.status >= 400 || (s && s !== 'InProgress')) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  replay.covered += polls.length;
  const codes = (list: Array<{ status: number }>) => [...new Set(list.map((x) => x.status))].join(',');
  if (codes(polls) !== codes(answers))
    replay.differ(kind, first.seq, `status codes: recorded ${codes(polls)}, simulator ${codes(answers)}`);
  const heads = (list: Array<{ headers: Record<string, string> }>) =>
    [...new Set(list.map((x) => headerPresence(x.headers)))].join(' / ');
  if (heads(polls) !== heads(answers))
    replay.differ(kind, first.seq, `async headers: recorded ${heads(polls)}, simulator ${heads(answers)}`);
  const [rs, as] = [statusSequence(polls.map((p) => p.body)), statusSequence(answers.map((a) => a.body))];
  if (rs.join('>') !== as.join('>'))
    replay.differ(kind, first.seq, `status sequence: recorded ${rs.join('>')}, simulator ${as.join('>')}`);
  for (const status of rs) {
    const r = polls.find((p) => (p.body as { status?: string }).status === status);
    const a = answers.find((x) => (x.body as { status?: string } | null)?.status === status);
    if (r && a)
      for (const line of compareBodies(r.body, a.body, context(first.path)))
        replay.differ(kind, first.seq, `${status} body ${line}`);
  }
}

async function replay(name: string, interactions: Interaction[]): Promise<Replay> {
  const result = new Replay(name);
  let lastRequestKind = '';
  for (let k = 0; k < interactions.length; k++) {
    const i = interactions[k]!;
    const kind = classify(i);
    // Polls of an operation started by an out-of-scope request (a trigger's) are out of scope too.
    if (OUT_OF_SCOPE[kind] || (kind === 'operations.get' && OUT_OF_SCOPE[lastRequestKind])) {
      result.skipped++;
      if (kind !== 'operations.get') lastRequestKind = kind;
      continue;
    }
    if (kind === 'operations.get') {
      let j = k;
      while (j + 1 < interactions.length && interactions[j + 1]!.path === i.path) j++;
      await replayPolls(interactions.slice(k, j + 1), kind, result);
      k = j;
    } else {
      await replayRequest(i, kind, result);
      lastRequestKind = kind;
    }
  }
  return result;
}

const usedExceptions = new Set<Exception>();

function justified(name: string, d: { kind: string; line: string }): Exception | undefined {
  const found = EXCEPTIONS.find(
    (e) =>
      (typeof e.kind === 'string' ? e.kind === d.kind : e.kind.test(d.kind)) &&
      (!e.recording || e.recording === name) &&
      e.difference.test(d.line.replace(/^#\d+ \S+ /, '')),
  );
  if (found) usedExceptions.add(found);
  return found;
}

describe('the simulator against recordings of real Azure', () => {
  const totals = { covered: 0, skipped: 0, justified: 0 };
  for (const recording of loadRecordings()) {
    it(`answers like ${recording.name}`, async () => {
      const r = await replay(recording.name, recording.interactions);
      totals.covered += r.covered;
      totals.skipped += r.skipped;
      const unexplained = r.differences.filter((d) => !justified(recording.name, d));
      totals.justified += r.differences.length - unexplained.length;
      expect(unexplained.map((d) => d.line)).toEqual([]);
      expect(r.covered).toBeGreaterThan(0);
    });
  }
  it('covers every recorded interaction of the resource types the product uses', () => {
    const all = loadRecordings().flatMap((r) => r.interactions);
    expect(totals.covered + totals.skipped).toBe(all.length);
    // An exception that no longer matches anything is stale: remove it.
    expect(EXCEPTIONS.filter((e) => !usedExceptions.has(e)).map((e) => e.reason)).toEqual([]);
    console.log(
      `conformance: ${totals.covered} recorded interactions replayed, ${totals.skipped} out of scope, ${totals.justified} justified differences`,
    );
  });
});
