/**
 * `aks-jumpbox-image permissions`, in process: the least-privilege setup for the given flags (no sign-in, no
 * request), as Markdown with az commands or as JSON; the features enabled change what it prints.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/cli.js';
import { delegationCondition } from '../../src/core/index.js';

const SUB = '11111111-2222-3333-4444-555555555555';
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-imagebuilder/subnets/snet-imagebuilder`;
const FLAGS = [
  '--build-subnet-id',
  SUBNET,
  '--builder-resource-group',
  'rg-b',
  '--image-resource-group',
  'rg-i',
];

async function cli(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli({
    argv,
    env: {},
    stdout,
    stderr,
    signal: new AbortController().signal,
    isTty: false,
  });
  return { code, stdout: out, stderr: err };
}

interface Printed {
  customRoles: Array<{ Name: string; Actions: string[]; AssignableScopes: string[] }>;
  assignments: Array<{
    scope: string;
    role: string;
    roleDefinitionGuid?: string;
    condition?: string;
    conditionVersion?: string;
  }>;
  commands: string[];
  requirements: Array<{ feature: string; scope: string; action: string; role: string }>;
}

describe('aks-jumpbox-image permissions', () => {
  it('--json: a custom role for the builder group, conditioned RBAC Administrator at the VNet and the image group', async () => {
    const r = await cli([
      'permissions',
      ...FLAGS,
      '--json',
      '--assignee',
      '9e0a7c55-1111-4ccc-8ddd-000000000001',
    ]);
    expect(r.code).toBe(EXIT.ok);
    const printed = JSON.parse(r.stdout) as Printed;
    const builder = `/subscriptions/${SUB}/resourceGroups/rg-b`;
    expect(printed.customRoles).toHaveLength(1);
    expect(printed.customRoles[0]!.AssignableScopes).toEqual([builder]);
    expect(printed.customRoles[0]!.Actions).toEqual(
      expect.arrayContaining([
        'Microsoft.ManagedIdentity/userAssignedIdentities/write',
        'Microsoft.VirtualMachineImages/imageTemplates/write',
        'Microsoft.VirtualMachineImages/imageTemplates/run/action',
      ]),
    );
    expect(printed.customRoles[0]!.Actions.some((a) => a.startsWith('Microsoft.Authorization/'))).toBe(false);
    const vnet = printed.assignments.find((a) => a.scope.endsWith('/virtualNetworks/vnet-imagebuilder'))!;
    expect(vnet).toMatchObject({
      roleDefinitionGuid: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
      conditionVersion: '2.0',
      condition: delegationCondition(['4d97b98b-1d4f-4787-a291-c67834d212e7']),
    });
    const image = printed.assignments.find((a) => a.scope.endsWith('/resourceGroups/rg-i'))!;
    expect(image.condition).toContain(
      '@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {b24988ac-6180-42a0-ab88-20f7382dd24c}',
    );
    expect(image.condition).toContain(
      "@Resource[Microsoft.Authorization/roleAssignments:PrincipalType] StringEqualsIgnoreCase 'ServicePrincipal'",
    );
    expect(printed.commands.filter((c) => c.startsWith('az role assignment create'))).toHaveLength(3);
    expect(printed.commands.join('\n')).toContain(
      '--assignee-object-id 9e0a7c55-1111-4ccc-8ddd-000000000001',
    );
    expect(printed.commands.join('\n')).toContain('--condition-version 2.0');
  });

  it('only the enabled features: a custom network role id, a staging group, keep-images', async () => {
    const custom = '0b5a6c1e-1111-4222-8333-444455556666';
    const staging = `/subscriptions/${SUB}/resourceGroups/rg-staging`;
    const r = await cli([
      'permissions',
      ...FLAGS,
      '--json',
      '--network-role-id',
      custom,
      '--staging-resource-group',
      staging,
      '--keep-images',
      '2',
    ]);
    const printed = JSON.parse(r.stdout) as Printed;
    expect(printed.assignments.find((a) => a.scope.endsWith('vnet-imagebuilder'))!.condition).toContain(
      `{${custom}}`,
    );
    expect(printed.assignments.filter((a) => a.scope === staging).map((a) => a.role)).toEqual([
      'Role Based Access Control Administrator',
      'Storage Blob Data Reader',
    ]);
    expect(printed.customRoles.find((c) => c.AssignableScopes[0]!.endsWith('/rg-i'))!.Actions).toEqual([
      'Microsoft.Compute/images/delete',
    ]);
    const plain = JSON.parse((await cli(['permissions', ...FLAGS, '--json'])).stdout) as Printed;
    expect(plain.requirements.some((q) => q.feature === 'retention' || q.feature === 'logs')).toBe(false);
  });

  it('prints Markdown with the az commands without --json, and exits 2 on bad settings', async () => {
    const r = await cli(['permissions', ...FLAGS]);
    expect(r.stdout).toContain(
      '| identity | builder-resource-group rg-b | `Microsoft.ManagedIdentity/userAssignedIdentities/write` | Managed Identity Contributor |',
    );
    expect(r.stdout).toMatch(/^az role definition create --role-definition '/m);
    const bad = await cli(['permissions', '--builder-resource-group', 'rg-b']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('--build-subnet-id');
  });
});
