/** task.json against the core and package.json; service connection schemes; the OIDC assertion callback; log neutralisation. */
import type { TokenCredential } from '@azure/core-auth';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, INPUT_NAMES, parseSettings } from '../../src/core/index.js';
import {
  type CredentialFactories,
  type ServiceConnection,
  connectionCredential,
  defaultFactories,
} from '../../src/pipelines/auth.js';
import { outputNames } from '../../src/core/index.js';
import { neutralise } from '../../src/pipelines/host.js';
import { CONNECTION_INPUT, TASK_INPUTS, nameOf, readRawInputs } from '../../src/pipelines/inputs.js';
import { provenanceTags, runUrl } from '../../src/pipelines/task.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
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
    azurePipelines: (t, c, id, token, o) => ((seen.assertion = { t, c, id, token, o }), fake('assertion')),
    clientSecret: (t, c, s, o) => ((seen.secret = { t, c, s, o }), fake('secret')),
    clientCertificate: (t, c, pem, o) => ((seen.certificate = { t, c, pem, o }), fake('certificate')),
    // Never constructs ManagedIdentityCredential: nothing may probe IMDS in tests.
    managedIdentity: (clientId, o) => ((seen.msi = { clientId, o }), fake('msi')),
  };
  const job = { requestUri: 'https://dev.azure.com/contoso/p/_apis/oidctoken', accessToken: 'job-token' };
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
      job,
      factories,
    );
    expect(wif.scheme).toBe('WorkloadIdentityFederation');
    expect(wif.cloud.armScope).toBe('https://management.azure.com/.default');
    expect(seen.assertion).toMatchObject({
      t: 'tenant',
      c: 'app',
      id: 'c0ffee00-0000-4000-8000-000000000001',
      token: 'job-token',
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
      job,
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
        job,
        factories,
      ),
    ).toThrow(/AzureStack" needs both/);
  });
});

describe('workload identity federation (AzurePipelinesCredential against the simulator)', () => {
  let sim: Simulator;
  const savedUri = process.env.SYSTEM_OIDCREQUESTURI;
  beforeAll(async () => {
    sim = await createSimulator();
    process.env.SYSTEM_OIDCREQUESTURI = sim.azurePipelines.oidcRequestUri;
  });
  afterAll(async () => {
    if (savedUri === undefined) delete process.env.SYSTEM_OIDCREQUESTURI;
    else process.env.SYSTEM_OIDCREQUESTURI = savedUri;
    await sim?.stop();
  });
  const wif = (id: string): ServiceConnection => ({
    id,
    url: `${sim.url}/`,
    scheme: 'WorkloadIdentityFederation',
    parameters: { serviceprincipalid: sim.client.clientId, tenantid: sim.tenantId },
    data: { environment: 'AzureCloud', activeDirectoryAuthority: sim.url },
  });
  const oidcRequests = (from: number) =>
    sim.journal.slice(from).filter((e) => e.kind === 'oidc.azurePipelines');

  it('POSTs api-version 7.1 with the connection id and the job token, once per new access token', async () => {
    const id = randomUUID();
    sim.azurePipelines.addServiceConnection(id);
    const before = sim.journal.length;
    const masked: string[] = [];
    const { credential, cloud } = connectionCredential(
      wif(id),
      {
        requestUri: sim.azurePipelines.oidcRequestUri,
        accessToken: sim.azurePipelines.jobToken,
        mask: (s) => masked.push(s),
      },
      defaultFactories,
    );
    const a = await credential.getToken(cloud.armScope);
    const b = await credential.getToken(cloud.armScope);
    expect(b?.token).toBe(a?.token);
    expect(masked).toEqual([a?.token]);
    const oidc = oidcRequests(before);
    expect(oidc).toHaveLength(1);
    expect(oidc[0]).toMatchObject({
      method: 'POST',
      status: 200,
      query: { 'api-version': '7.1', serviceConnectionId: id },
    });
    expect(sim.journal.slice(before).filter((e) => e.kind === 'entra.token')).toHaveLength(1);
  });

  it('explains a refused job token and a connection the stage does not reference', async () => {
    const id = randomUUID();
    sim.azurePipelines.addServiceConnection(id);
    const refused = connectionCredential(
      wif(id),
      { requestUri: sim.azurePipelines.oidcRequestUri, accessToken: 'not-the-job-token' },
      defaultFactories,
    );
    await expect(refused.credential.getToken(refused.cloud.armScope)).rejects.toThrow(
      new RegExp(`service connection ${id} \\(HTTP 401\\):[\\s\\S]*The job access token was refused`),
    );
    const unreferenced = connectionCredential(
      wif(randomUUID()),
      { requestUri: sim.azurePipelines.oidcRequestUri, accessToken: sim.azurePipelines.jobToken },
      defaultFactories,
    );
    await expect(unreferenced.credential.getToken(unreferenced.cloud.armScope)).rejects.toThrow(
      /\(HTTP 200\)[\s\S]*Reference the service connection from this stage/,
    );
  });

  it('fails at sign-in, naming the variable, without SYSTEM_OIDCREQUESTURI or the job token', () => {
    expect(() => connectionCredential(wif('x'), { accessToken: 't' }, defaultFactories)).toThrow(
      /SYSTEM_OIDCREQUESTURI is not set/,
    );
    expect(() =>
      connectionCredential(wif('x'), { requestUri: sim.azurePipelines.oidcRequestUri }, defaultFactories),
    ).toThrow(/System.AccessToken/);
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
