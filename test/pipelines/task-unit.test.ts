/** task.json against the core and package.json; service connection schemes; the OIDC assertion callback; log neutralisation. */
import type { TokenCredential } from '@azure/core-auth';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, INPUT_NAMES, parseSettings } from '../../src/core/index.js';
import {
  type CredentialFactories,
  type ServiceConnection,
  connectionCredential,
  oidcAssertion,
} from '../../src/pipelines/auth.js';
import { outputNames } from '../../src/core/index.js';
import { neutralise } from '../../src/pipelines/host.js';
import { CONNECTION_INPUT, TASK_INPUTS, nameOf, readRawInputs } from '../../src/pipelines/inputs.js';
import { provenanceTags, runUrl } from '../../src/pipelines/task.js';
import { ROOT } from './agent.js';

// task-lib writes its vault key (.taskkey) to AGENT_TEMPDIRECTORY (else the working directory) on import.
vi.hoisted(() => {
  process.env.AGENT_TEMPDIRECTORY ??= process.env.TMPDIR ?? '/tmp';
});

interface TaskInput {
  name: string;
  type: string;
  defaultValue?: string;
  required?: boolean;
  groupName?: string;
  helpMarkDown?: string;
  visibleRule?: string;
  options?: Record<string, string>;
}
const task = JSON.parse(readFileSync(join(ROOT, 'task/task.json'), 'utf8')) as {
  id: string;
  name: string;
  version: { Major: number; Minor: number; Patch: number };
  minimumAgentVersion: string;
  category: string;
  inputs: TaskInput[];
  groups: Array<{ name: string }>;
  outputVariables: Array<{ name: string }>;
  execution: Record<string, { target: string }>;
  postjobexecution: Record<string, { target: string }>;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('task.json', () => {
  it('keeps its identity and its version in step with package.json', () => {
    expect(task.id).toBe('40438047-3fe4-4c56-a903-740f237993ec');
    expect(task.name).toBe('AksJumpboxImage');
    expect(task.category).toBe('Deploy');
    expect(`${task.version.Major}.${task.version.Minor}.${task.version.Patch}`).toBe(pkg.version);
  });

  it('runs on Node24 (agent 4.265.1) with Node20_1 as fallback, main and post-job', () => {
    expect(Object.keys(task.execution)).toEqual(['Node24', 'Node20_1']);
    expect(Object.keys(task.postjobexecution)).toEqual(['Node24', 'Node20_1']);
    for (const h of Object.values(task.execution)) expect(h.target).toBe('dist/index.js');
    for (const h of Object.values(task.postjobexecution)) expect(h.target).toBe('dist/post.js');
    expect(task.minimumAgentVersion).toBe('4.265.1');
  });

  it('declares every core input (camelCase) plus the service connection, each with a group and help', () => {
    const names = task.inputs.map((i) => i.name);
    expect(names).toContain(CONNECTION_INPUT);
    expect(task.inputs.find((i) => i.name === CONNECTION_INPUT)!.type).toBe('connectedService:AzureRM');
    expect(names.filter((n) => n !== CONNECTION_INPUT).sort()).toEqual(TASK_INPUTS.map((i) => i.name).sort());
    expect(INPUT_NAMES.filter((n) => n !== 'subscription-id')).toHaveLength(TASK_INPUTS.length);
    const groups = task.groups.map((g) => g.name);
    for (const input of task.inputs) {
      expect(input.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(groups).toContain(input.groupName);
      expect(input.helpMarkDown?.length).toBeGreaterThan(10);
      if (input.visibleRule) expect(names).toContain(input.visibleRule.split(/\s/)[0]);
    }
    for (const required of ['buildSubnetId', 'builderResourceGroup', 'imageResourceGroup'])
      expect(task.inputs.find((i) => i.name === required)!.required).toBe(true);
  });

  it("has defaults that mean exactly what the core's defaults mean", () => {
    const base = {
      buildSubnetId:
        '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-a/subnets/snet-a',
      builderResourceGroup: 'rg-a',
      imageResourceGroup: 'rg-b',
    };
    const withDefaults: Record<string, string> = { ...base };
    for (const i of task.inputs)
      if (i.defaultValue && i.name !== CONNECTION_INPUT) withDefaults[i.name] = i.defaultValue;
    const parse = (values: Record<string, string>) =>
      parseSettings(
        readRawInputs((n) => values[n]),
        { nameOf },
      );
    expect(parse(withDefaults)).toEqual(parse(base));
    expect(task.inputs.find((i) => i.name === 'revokeRoles')!.defaultValue).toBe(DEFAULTS.revokeRoles);
    expect(Object.keys(task.inputs.find((i) => i.name === 'revokeRoles')!.options!)).toEqual([
      'none',
      'image',
      'all',
    ]);
    expect(Object.keys(task.inputs.find((i) => i.name === 'cleanupTemplate')!.options!)).toEqual([
      'never',
      'on-success',
      'always',
    ]);
  });

  it('declares the output variables the task sets', () => {
    expect(task.outputVariables.map((v) => v.name)).toEqual(outputNames('task'));
  });
});

describe('inputs', () => {
  it('maps camelCase task inputs to the core and names them in errors', () => {
    const values: Record<string, string> = {
      buildSubnetId: 'nope',
      builderResourceGroup: 'rg-a',
      imageResourceGroup: 'rg-b',
    };
    expect(() =>
      parseSettings(
        readRawInputs((n) => values[n]),
        { nameOf },
      ),
    ).toThrow(/^buildSubnetId: "nope" is not valid/);
  });

  it('treats a filePath input left empty (the agent passes the sources directory) as unset', () => {
    const raw = readRawInputs(
      (n) => (n === 'definition' ? '/agent/_work/1/s/' : undefined),
      ['/agent/_work/1/s'],
    );
    expect(raw.definition).toBeUndefined();
    expect(
      readRawInputs(
        (n) => (n === 'definition' ? '/agent/_work/1/s/jumpbox.yaml' : undefined),
        ['/agent/_work/1/s'],
      ).definition,
    ).toBe('/agent/_work/1/s/jumpbox.yaml');
  });
});

describe('service connections', () => {
  const made: string[] = [];
  const fake = (kind: string): TokenCredential => {
    made.push(kind);
    return { getToken: () => Promise.reject(new Error('not used')) };
  };
  const seen: Record<string, unknown> = {};
  const factories: CredentialFactories = {
    clientAssertion: (t, c, _a, o) => ((seen.assertion = { t, c, o }), fake('assertion')),
    clientSecret: (t, c, s, o) => ((seen.secret = { t, c, s, o }), fake('secret')),
    clientCertificate: (t, c, pem, o) => ((seen.certificate = { t, c, pem, o }), fake('certificate')),
    // Never constructs ManagedIdentityCredential: nothing may probe IMDS in tests.
    managedIdentity: (clientId, o) => ((seen.msi = { clientId, o }), fake('msi')),
  };
  const conn = (
    scheme: string,
    parameters: Record<string, string>,
    data: Record<string, string> = {},
    url = 'https://management.azure.com/',
  ): ServiceConnection => ({
    id: 'c0ffee00-0000-4000-8000-000000000001',
    url,
    scheme,
    parameters,
    data: { environment: 'AzureCloud', ...data },
  });

  it('selects the scheme and keeps instance discovery on only for the public authority', () => {
    const wif = connectionCredential(
      conn('WorkloadIdentityFederation', { serviceprincipalid: 'app', tenantid: 'tenant' }),
      {},
      factories,
    );
    expect(wif.scheme).toBe('WorkloadIdentityFederation');
    expect(wif.cloud.armScope).toBe('https://management.azure.com/.default');
    expect(seen.assertion).toMatchObject({
      t: 'tenant',
      c: 'app',
      o: { authorityHost: 'https://login.microsoftonline.com', disableInstanceDiscovery: false },
    });

    expect(
      connectionCredential(
        conn('ServicePrincipal', {
          authenticationType: 'spnKey',
          serviceprincipalid: 'app',
          serviceprincipalkey: 's3cret',
          tenantid: 't',
        }),
        {},
        factories,
      ).scheme,
    ).toBe('ServicePrincipalKey');
    expect(seen.secret).toMatchObject({ s: 's3cret' });
    const pem =
      '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\ny\n-----END CERTIFICATE-----';
    expect(
      connectionCredential(
        conn('ServicePrincipal', {
          authenticationType: 'spnCertificate',
          serviceprincipalid: 'app',
          servicePrincipalCertificate: pem,
          tenantid: 't',
        }),
        {},
        factories,
      ).scheme,
    ).toBe('ServicePrincipalCertificate');
    expect(
      connectionCredential(conn('ManagedServiceIdentity', {}, { msiclientId: 'mi-client' }), {}, factories)
        .scheme,
    ).toBe('ManagedServiceIdentity');
    expect(seen.msi).toMatchObject({ clientId: 'mi-client' });
    expect(made).toEqual(['assertion', 'secret', 'certificate', 'msi']);
  });

  it('takes a custom authority and ARM endpoint from the connection and disables instance discovery', () => {
    const c = connectionCredential(
      conn(
        'WorkloadIdentityFederation',
        { serviceprincipalid: 'app', tenantid: 'tenant' },
        { activeDirectoryAuthority: 'https://login.contoso-stack.example/' },
        'https://management.contoso-stack.example/',
      ),
      {},
      factories,
    );
    expect(c.cloud.name).toBe('Custom');
    expect(c.cloud.armScope).toBe('https://management.contoso-stack.example/.default');
    expect(seen.assertion).toMatchObject({
      o: { authorityHost: 'https://login.contoso-stack.example', disableInstanceDiscovery: true },
    });
    const gov = connectionCredential(
      conn(
        'ServicePrincipal',
        { serviceprincipalid: 'a', serviceprincipalkey: 'k', tenantid: 't' },
        { environment: 'AzureUSGovernment' },
        'https://management.usgovcloudapi.net/',
      ),
      {},
      factories,
    );
    expect(gov.cloud.name).toBe('AzureUSGovernment');
    expect(gov.cloud.authorityHost).toBe('https://login.microsoftonline.us');
  });

  it('refuses unsupported schemes and incomplete connections with actionable messages', () => {
    expect(() => connectionCredential(conn('PublishProfile', {}), {}, factories)).toThrow(
      /"PublishProfile" is not supported/,
    );
    expect(() =>
      connectionCredential(
        conn('ServicePrincipal', { authenticationType: 'spnKey', serviceprincipalid: 'a', tenantid: 't' }),
        {},
        factories,
      ),
    ).toThrow(/service principal key \(serviceprincipalkey\) is missing/);
    expect(() =>
      connectionCredential(
        conn('ServicePrincipal', {
          authenticationType: 'spnCertificate',
          serviceprincipalid: 'a',
          servicePrincipalCertificate: '-----BEGIN CERTIFICATE-----',
          tenantid: 't',
        }),
        {},
        factories,
      ),
    ).toThrow(/PEM with its private key/);
    expect(() =>
      connectionCredential(
        conn(
          'WorkloadIdentityFederation',
          { serviceprincipalid: 'a', tenantid: 't' },
          { environment: 'AzureStack' },
        ),
        {},
        factories,
      ),
    ).toThrow(/AzureStack" needs both/);
  });
});

describe('OIDC assertion callback', () => {
  let url = '';
  const requests: Array<{ method: string; url: string; auth?: string }> = [];
  let respond: (n: number) => { status: number; body: unknown } = () => ({ status: 200, body: {} });
  const server = createServer((req, res) => {
    requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization });
    const r = respond(requests.length);
    res.writeHead(r.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(r.body));
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/contoso/p/_apis/distributedtask/hubs/build/plans/x/jobs/y/oidctoken`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const jwt = (expInSeconds: number) =>
    `h.${Buffer.from(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + expInSeconds, jti: Math.random() })).toString('base64url')}.s`;

  it('POSTs with api-version 7.1, the connection id and the job token; reuses a token only while it stays valid', async () => {
    requests.length = 0;
    let n = 0;
    respond = () => ({ status: 200, body: { oidcToken: jwt(++n === 1 ? 600 : 100) } });
    const tokens: string[] = [];
    const get = oidcAssertion('sc-1', {
      requestUri: url,
      accessToken: 'job-token',
      onToken: (t) => tokens.push(t),
    });
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', auth: 'Bearer job-token' });
    expect(new URL(requests[0]!.url, 'http://x').searchParams.get('api-version')).toBe('7.1');
    expect(new URL(requests[0]!.url, 'http://x').searchParams.get('serviceConnectionId')).toBe('sc-1');
    expect(tokens).toEqual([a]);

    // A token with less than two minutes left is not reused.
    const get2 = oidcAssertion('sc-1', { requestUri: url, accessToken: 'job-token' });
    const c = await get2();
    expect(await get2()).not.toBe(c);
    expect(requests).toHaveLength(3);
  });

  it('retries server errors, and reports refusals with the service message', async () => {
    requests.length = 0;
    respond = (i) =>
      i === 1 ? { status: 503, body: { message: 'busy' } } : { status: 200, body: { oidcToken: jwt(600) } };
    expect(await oidcAssertion('sc', { requestUri: url, accessToken: 't', retryDelayMs: 10 })()).toMatch(
      /^h\./,
    );
    expect(requests).toHaveLength(2);

    respond = () => ({ status: 401, body: { message: 'TF400813: not authorized' } });
    await expect(
      oidcAssertion('sc', { requestUri: url, accessToken: 't', retryDelayMs: 10 })(),
    ).rejects.toThrow(/HTTP 401\): TF400813: not authorized\. The job access token was refused/);
    await expect(oidcAssertion('sc', { accessToken: 't' })()).rejects.toThrow(
      /SYSTEM_OIDCREQUESTURI is not set/,
    );
    await expect(oidcAssertion('sc', { requestUri: url })()).rejects.toThrow(/System.AccessToken/);
  });
});

describe('pipeline variables', () => {
  it('neutralises logging commands and formatting in untrusted text', () => {
    expect(neutralise('x ##vso[task.complete result=Failed]y ##[error]z ##VSO[a.b]')).toBe(
      'x ##_vso[task.complete result=Failed]y ##_[error]z ##_vso[a.b]',
    );
  });

  it('derives the run URL and provenance tags from build and release variables', () => {
    const build = {
      SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso',
      SYSTEM_TEAMPROJECT: 'Platform Team',
      BUILD_BUILDID: '7',
      SYSTEM_HOSTTYPE: 'build',
      BUILD_REPOSITORY_NAME: 'platform-images',
      BUILD_SOURCEVERSION: 'abc',
      BUILD_DEFINITIONNAME: 'images',
    };
    expect(runUrl(build)).toBe('https://dev.azure.com/contoso/Platform%20Team/_build/results?buildId=7');
    expect(provenanceTags(build)).toEqual({
      'source-repository': 'platform-images',
      'source-commit': 'abc',
      'source-workflow': 'images',
      'source-run-url': 'https://dev.azure.com/contoso/Platform%20Team/_build/results?buildId=7',
    });
    expect(runUrl({ ...build, SYSTEM_HOSTTYPE: 'release', RELEASE_RELEASEID: '9' })).toBe(
      'https://dev.azure.com/contoso/Platform%20Team/_releaseProgress?_a=release-environment-logs&releaseId=9',
    );
    expect(runUrl({})).toBeUndefined();
  });
});
