/**
 * The Azure simulator: one HTTPS origin on 127.0.0.1 serving Entra ID, the GitHub Actions and Azure Pipelines
 * OIDC issuers, and the ARM providers the product uses, with Azurite behind the staging storage accounts.
 * See docs/simulator.md.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { authenticate } from './arm.js';
import { enforceCallerRbac } from './rbac.js';
import { blobServiceUnderRbac } from './blob-rbac.js';
import { type BlobStore, startAzurite } from './azurite.js';
import type { SimContext } from './context.js';
import { registerEntra } from './entra.js';
import {
  ArmError,
  Faults,
  type FaultRule,
  type JournalEntry,
  Router,
  type SimRequest,
  type SimResponse,
  armErrorBody,
} from './http.js';
import { registerImageBuilder } from './imagebuilder.js';
import { registerGalleries } from './galleries.js';
import { registerNetworkSecurity } from './network-security.js';
import { registerProvidersRegistry } from './providers-registry.js';
import { createSigningKey } from './jwt.js';
import { assignmentBody, registerProviders } from './providers.js';
import { registerVms } from './vms.js';
import { type IssuedSecret, IssuedSecrets } from './secrets.js';
import {
  type BuildBehaviour,
  type Deny,
  type EntraClient,
  type GalleryImageDefinition,
  SimState,
  type SimulatorFixture,
  defaultFixture,
} from './state.js';
import { createSimulatorTls } from './tls.js';

export { BUILT_IN_ROLES, defaultFixture } from './state.js';
export type { BuildBehaviour, Deny, EntraClient, SimulatorFixture } from './state.js';
export type { FaultRule, JournalEntry } from './http.js';

export interface SimulatorOptions {
  fixture?: Partial<SimulatorFixture>;
  build?: Partial<BuildBehaviour>;
  /**
   * Add the simulator's CA to this process's default trust store (default true). The simulator itself writes the
   * build logs to Azurite over HTTPS, so turning this off only suits a process that never needs those logs.
   * Child processes trust the simulator through `caPath` (NODE_EXTRA_CA_CERTS).
   */
  trustInProcess?: boolean;
  /** Fixed port (default: random). */
  port?: number;
}

export interface SimulatorAudit {
  identities: Array<{ id: string; principalId: string }>;
  roleAssignments: Array<{
    name: string;
    scope: string;
    roleDefinitionId: string;
    principalId: string;
    principalType: string;
  }>;
  customRoles: Array<{ name: string; roleName: string; actions: string[] }>;
  templates: Array<{
    id: string;
    name: string;
    provisioningState: string;
    runState?: string;
    runSubState?: string;
    tags: Record<string, string>;
  }>;
  runningBuilds: string[];
  images: Array<{ id: string; tags: Record<string, string> }>;
  galleryImageVersions: Array<{ id: string; tags: Record<string, string> }>;
  stagingResourceGroups: string[];
}

export interface Simulator {
  /** `https://127.0.0.1:<port>`: ARM endpoint and Entra authority host. */
  readonly url: string;
  readonly caCertPem: string;
  /** A file holding the CA certificate, for NODE_EXTRA_CA_CERTS. */
  readonly caPath: string;
  readonly tenantId: string;
  readonly subscriptionId: string;
  readonly client: EntraClient;
  readonly state: SimState;
  readonly faults: { add(rule: FaultRule): void; clear(): void };
  readonly journal: JournalEntry[];
  readonly counters: SimContext['counters'];
  readonly blobs: BlobStore;
  readonly github: SimContext['github'] & { idTokenUrl: string };
  readonly azurePipelines: SimContext['azurePipelines'] & {
    oidcRequestUri: string;
    addServiceConnection(id: string, subject?: string): void;
  };
  /** Every secret issued or shown so far (see secrets.ts), with the fixed ones (OIDC request tokens, keys). */
  secrets(): IssuedSecret[];
  setBuild(behaviour: Partial<BuildBehaviour>): void;
  /**
   * The builds running now finish their remaining steps within `durationMs` (default 200 ms): a test that gave a
   * build time to be attached to, cancelled or timed out need not wait for the rest of it.
   */
  hurryBuilds(durationMs?: number): void;
  deny(rule: Deny): void;
  addClient(client: Partial<EntraClient> & { clientId: string }): EntraClient;
  /** Create a managed image directly (e.g. the output of an earlier build). */
  addImage(id: string, tags: Record<string, string>, location?: string): void;
  /** Create a gallery image definition (default: Linux, Generalized, V2, x64, no security type, in the fixture's region). */
  addGalleryImage(id: string, properties?: Partial<Omit<GalleryImageDefinition, 'id' | 'name'>>): void;
  /** Writes (PUT/PATCH/POST/DELETE) to ARM in the journal, optionally filtered by kind. */
  writes(kind?: string | RegExp): JournalEntry[];
  requests(kind: string | RegExp): JournalEntry[];
  audit(): SimulatorAudit;
  stop(): Promise<void>;
}

const SECRET_FIELDS = ['client_secret', 'client_assertion'];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function normalizePath(raw: string): string {
  let p = raw.replace(/\/{2,}/g, '/');
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep the raw path
  }
  return p;
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const fixture = { ...defaultFixture(), ...options.fixture };
  const state = new SimState(fixture);
  if (options.build) state.build = { ...state.build, ...options.build };
  const tlsMaterial = await createSimulatorTls();
  const dir = mkdtempSync(join(tmpdir(), 'aks-jumpbox-sim-'));
  const caPath = join(dir, 'ca.pem');
  writeFileSync(caPath, tlsMaterial.caCertPem);
  if (options.trustInProcess !== false) {
    tls.setDefaultCACertificates([...tls.getCACertificates('default'), tlsMaterial.caCertPem]);
  }

  let origin = '';
  let blobs: BlobStore | undefined;
  const router = new Router();
  const faults = new Faults();
  const journal: JournalEntry[] = [];
  const issued = new IssuedSecrets();
  const ctx: SimContext = {
    state,
    router,
    faults,
    journal,
    key: createSigningKey(),
    origin: () => origin,
    blobs: () => blobs!,
    github: {
      requestToken: `ghs_${randomBytes(18).toString('hex')}`,
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:contoso/platform-images:ref:refs/heads/main',
    },
    azurePipelines: {
      jobToken: randomBytes(24).toString('base64url'),
      issuer: 'https://vstoken.dev.azure.com/6d4ea5d3-0000-4000-8000-0000000000ad',
      serviceConnections: {},
    },
    counters: { accessTokens: 0, githubIdTokens: 0, azurePipelinesIdTokens: 0 },
  };
  registerEntra(ctx);
  registerNetworkSecurity(ctx);
  registerProvidersRegistry(ctx);
  registerProviders(ctx);
  registerImageBuilder(ctx);
  registerGalleries(ctx);
  registerVms(ctx);

  const counters = { reads: 12000, writes: 1200, deletes: 1200 };
  let seq = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Not `new URL(req.url, origin)`: a path like `//subscriptions/...` (the authorization SDK sends it) would be
    // read as a protocol-relative URL with host `subscriptions`.
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const url = { searchParams: new URLSearchParams(queryAt >= 0 ? rawUrl.slice(queryAt + 1) : '') };
    const path = normalizePath(queryAt >= 0 ? rawUrl.slice(0, queryAt) : rawUrl);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    let parsed: unknown;
    if (body.length) {
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        parsed = undefined;
      }
    }
    const match = router.match(method, path);
    const kind = match?.route.kind ?? 'unknown';
    const requestId = randomUUID();
    const correlationId =
      (req.headers['x-ms-correlation-request-id'] as string | undefined) ??
      (req.headers['x-ms-client-request-id'] as string | undefined) ??
      randomUUID();
    const entry: JournalEntry = {
      seq: ++seq,
      time: new Date().toISOString(),
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      kind,
      status: 0,
    };
    if (method !== 'GET' && method !== 'HEAD' && body.length) {
      if (kind === 'entra.token') {
        const form = new URLSearchParams(body.toString('utf8'));
        for (const f of SECRET_FIELDS) if (form.has(f)) form.set(f, '***');
        entry.body = Object.fromEntries(form);
      } else {
        entry.body = parsed ?? body.toString('utf8');
      }
    }
    journal.push(entry);

    const send = (r: SimResponse) => {
      entry.status = r.status;
      issued.observe(kind, kind === 'entra.token' ? body.toString('utf8') : '', r.body);
      const headers: Record<string, string> = {
        'x-ms-request-id': requestId,
        'x-ms-correlation-request-id': correlationId,
        'x-ms-routing-request-id': `EASTUS2:${new Date().toISOString().replace(/[-:.]/g, '')}:${requestId}`,
        ...r.headers,
      };
      if (match?.route.arm) {
        const bucket =
          method === 'GET' || method === 'HEAD' ? 'reads' : method === 'DELETE' ? 'deletes' : 'writes';
        counters[bucket] = Math.max(0, counters[bucket] - 1);
        headers[`x-ms-ratelimit-remaining-subscription-${bucket}`] = String(
          Math.min(counters[bucket], bucket === 'reads' ? 249 : 199),
        );
        headers[`x-ms-ratelimit-remaining-subscription-global-${bucket}`] = String(counters[bucket]);
      }
      if (r.body !== undefined && method !== 'HEAD') {
        const text = JSON.stringify(r.body);
        headers['content-type'] = 'application/json; charset=utf-8';
        res.writeHead(r.status, headers);
        res.end(text);
      } else {
        res.writeHead(r.status, headers);
        res.end();
      }
    };

    for (const action of faults.take(method, path, kind)) {
      if (action.type === 'latency') {
        await new Promise((r) => setTimeout(r, action.ms));
      } else if (action.type === 'reset') {
        entry.status = -1;
        entry.fault = 'reset';
        req.socket.destroy();
        return;
      } else {
        entry.fault = `status ${action.status}`;
        const code =
          action.code ??
          (action.status === 429
            ? 'TooManyRequests'
            : action.status === 503
              ? 'ServiceUnavailable'
              : 'InternalServerError');
        const message =
          action.message ??
          (action.status === 429
            ? "The request is being throttled as the limit has been reached for operation type - 'Read'. For more information, see - https://aka.ms/msdn-throttling"
            : 'The server encountered an internal error. Please retry the request.');
        send({
          status: action.status,
          headers:
            action.retryAfterSeconds !== undefined ? { 'retry-after': String(action.retryAfterSeconds) } : {},
          body: armErrorBody(code, message),
        });
        return;
      }
    }

    if (!match) {
      send({
        status: router.pathKnown(path) ? 405 : 404,
        body: armErrorBody(
          router.pathKnown(path) ? 'MethodNotAllowed' : 'InvalidResourceType',
          `The simulator does not serve ${method} ${path}.`,
        ),
      });
      return;
    }
    const simReq: SimRequest = {
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      json: parsed,
      params: match.params,
      origin,
    };
    try {
      if (match.route.arm) {
        simReq.caller = authenticate(ctx, simReq);
        entry.caller = simReq.caller.objectId;
        enforceCallerRbac(ctx, simReq);
      }
      send(await match.route.handler(simReq));
    } catch (e) {
      if (e instanceof ArmError) {
        const headers = { ...e.headers };
        if (e.status === 401)
          headers['www-authenticate'] =
            `Bearer authorization_uri="${origin}/${fixture.tenantId}", error="invalid_token", error_description="${e.code}"`;
        send({ status: e.status, headers, body: armErrorBody(e.code, e.message) });
      } else {
        send({
          status: 500,
          body: armErrorBody('InternalServerError', e instanceof Error ? e.message : String(e)),
        });
      }
    }
  };

  const server: Server = createServer(
    { cert: tlsMaterial.serverCertPem, key: tlsMaterial.serverKeyPem, keepAlive: true },
    (req, res) => {
      handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(e));
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    blobs = await startAzurite({ certPem: tlsMaterial.serverCertPem, keyPem: tlsMaterial.serverKeyPem });
    blobs = await blobServiceUnderRbac(ctx, blobs, tlsMaterial);
  } catch (e) {
    server.close();
    throw e;
  }

  const kindMatches = (k: string, kind: string | RegExp | undefined) =>
    kind === undefined || (typeof kind === 'string' ? k === kind : kind.test(k));
  const sim: Simulator = {
    url: origin,
    caCertPem: tlsMaterial.caCertPem,
    caPath,
    tenantId: fixture.tenantId,
    subscriptionId: fixture.subscriptionId,
    client: state.clients.get(fixture.clients[0]!.clientId)!,
    state,
    faults,
    journal,
    counters: ctx.counters,
    blobs,
    github: Object.assign(ctx.github, { idTokenUrl: `${origin}/github/idtoken?api-version=2.0` }),
    azurePipelines: Object.assign(ctx.azurePipelines, {
      oidcRequestUri: `${origin}/contoso/6d1f0000-0000-4000-8000-0000000000aa/_apis/distributedtask/hubs/build/plans/5f2c0000-0000-4000-8000-0000000000bb/jobs/7a3d0000-0000-4000-8000-0000000000cc/oidctoken`,
      addServiceConnection(id: string, subject = `sc://contoso/platform/${id}`) {
        ctx.azurePipelines.serviceConnections[id.toLowerCase()] = subject;
      },
    }),
    secrets() {
      const fixed = new IssuedSecrets();
      fixed.add('GitHub OIDC request token', ctx.github.requestToken);
      fixed.add('Azure Pipelines job token', ctx.azurePipelines.jobToken);
      for (const c of state.clients.values()) fixed.add('client secret', c.secret);
      for (const a of blobs!.accounts) fixed.add('storage key', a.key);
      return [...fixed.list(), ...issued.list()];
    },
    setBuild(b) {
      state.build = { ...state.build, ...b };
    },
    hurryBuilds(durationMs = 200) {
      for (const t of state.templates.values()) t.run?.hurry?.(durationMs);
    },
    deny(rule) {
      state.denies.push(rule);
    },
    addClient(client) {
      const full: EntraClient = { objectId: randomUUID(), displayName: client.clientId, ...client };
      state.clients.set(full.clientId, full);
      state.principals.add(full.objectId);
      return full;
    },
    addImage(id, tags, location = fixture.location) {
      state.images.set(id.toLowerCase(), { id, name: id.split('/').pop()!, location, tags });
    },
    addGalleryImage(id, properties = {}) {
      state.galleryImages.set(id.toLowerCase(), {
        id,
        name: id.split('/').pop()!,
        location: fixture.location,
        osType: 'Linux',
        osState: 'Generalized',
        hyperVGeneration: 'V2',
        ...properties,
      });
    },
    writes(kind) {
      return journal.filter(
        (e) =>
          e.method !== 'GET' &&
          e.method !== 'HEAD' &&
          !e.kind.startsWith('entra.') &&
          !e.kind.startsWith('oidc.') &&
          kindMatches(e.kind, kind),
      );
    },
    requests(kind) {
      return journal.filter((e) => kindMatches(e.kind, kind));
    },
    audit() {
      return {
        identities: [...state.identities.values()].map((i) => ({ id: i.id, principalId: i.principalId })),
        roleAssignments: [...state.roleAssignments.values()].map((a) => {
          const b = assignmentBody(a).properties;
          return {
            name: a.name,
            scope: b.scope,
            roleDefinitionId: b.roleDefinitionId,
            principalId: b.principalId,
            principalType: b.principalType,
          };
        }),
        customRoles: [...state.roleDefinitions.values()]
          .filter((d) => d.type === 'CustomRole')
          .map((d) => ({
            name: d.name,
            roleName: d.roleName,
            actions: d.permissions.flatMap((p) => p.actions),
          })),
        templates: [...state.templates.values()].map((t) => ({
          id: t.id,
          name: t.name,
          provisioningState: t.provisioningState,
          runState: t.lastRunStatus?.runState,
          runSubState: t.lastRunStatus?.runSubState,
          tags: t.tags,
        })),
        runningBuilds: [...state.templates.values()]
          .filter((t) => t.lastRunStatus?.runState === 'Running' || t.lastRunStatus?.runState === 'Canceling')
          .map((t) => t.id),
        images: [...state.images.values()].map((i) => ({ id: i.id, tags: i.tags })),
        galleryImageVersions: [...state.galleryImageVersions.values()].map((v) => ({
          id: v.id,
          tags: v.tags,
        })),
        stagingResourceGroups: [...state.resourceGroups.values()]
          .filter((r) => r.name.startsWith('IT_'))
          .map((r) => r.id),
      };
    },
    async stop() {
      for (const t of state.templates.values()) for (const timer of t.run?.timers ?? []) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await blobs!.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return sim;
}
