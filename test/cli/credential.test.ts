/** The CLI's credentials from the environment, against the simulator's Entra ID. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCredential } from '../../src/cli/credential.js';
import { resolveCloud } from '../../src/core/index.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

async function githubIdToken(): Promise<string> {
  const res = await fetch(`${sim.github.idTokenUrl}&audience=api://AzureADTokenExchange`, {
    headers: { authorization: `Bearer ${sim.github.requestToken}` },
  });
  return ((await res.json()) as { value: string }).value;
}

describe('CLI credential', () => {
  it('AZURE_FEDERATED_TOKEN_FILE signs in with WorkloadIdentityCredential, sending the file as the assertion', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wi-')), 'token');
    writeFileSync(file, `${await githubIdToken()}\n`);
    const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
    const { credential, kind } = cliCredential(
      {
        AZURE_TENANT_ID: sim.tenantId,
        AZURE_CLIENT_ID: sim.client.clientId,
        AZURE_FEDERATED_TOKEN_FILE: file,
      },
      cloud,
      {},
    );
    expect(kind).toBe('workload identity (AZURE_FEDERATED_TOKEN_FILE)');
    const before = sim.journal.length;
    const token = await credential.getToken(cloud.armScope);
    expect(token?.token).toBeTruthy();
    const requests = sim.journal.slice(before).filter((e) => e.kind === 'entra.token');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ status: 200 });
    expect((requests[0]!.body as Record<string, string>).client_assertion_type).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    );
  });

  it('a token file the issuer did not sign is refused by Entra ID', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wi-')), 'token');
    writeFileSync(file, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
    const { credential } = cliCredential(
      {
        AZURE_TENANT_ID: sim.tenantId,
        AZURE_CLIENT_ID: sim.client.clientId,
        AZURE_FEDERATED_TOKEN_FILE: file,
      },
      cloud,
      {},
    );
    await expect(credential.getToken(cloud.armScope)).rejects.toThrow(/AADSTS/);
  });
});
