/** The simulator's caller RBAC pieces on their own: ABAC conditions and the mapping of ARM requests to actions. */
import { describe, expect, it } from 'vitest';
import { armAction } from '../azure-sim/rbac.js';
import { evaluateCondition } from '../azure-sim/rbac-condition.js';
import { delegationCondition } from '../../src/core/index.js';

const NETWORK = '4d97b98b-1d4f-4787-a291-c67834d212e7';
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const attrs = (role: string, type: string) => ({
  'Microsoft.Authorization/roleAssignments:RoleDefinitionId': role,
  'Microsoft.Authorization/roleAssignments:PrincipalType': type,
});

describe('ABAC conditions on role assignments', () => {
  const condition = delegationCondition([NETWORK]);
  const write = (role: string, type: string) =>
    evaluateCondition(condition, {
      action: 'Microsoft.Authorization/roleAssignments/write',
      request: attrs(role, type),
      resource: {},
    });
  const remove = (role: string, type: string) =>
    evaluateCondition(condition, {
      action: 'Microsoft.Authorization/roleAssignments/delete',
      request: {},
      resource: attrs(role, type),
    });

  it('allows writing and deleting only the listed role for service principals', () => {
    expect(write(NETWORK, 'ServicePrincipal')).toBe(true);
    expect(write(NETWORK, 'serviceprincipal')).toBe(true);
    expect(write(OWNER, 'ServicePrincipal')).toBe(false);
    expect(write(NETWORK, 'User')).toBe(false);
    expect(write(NETWORK, 'Group')).toBe(false);
    expect(remove(NETWORK, 'ServicePrincipal')).toBe(true);
    expect(remove(OWNER, 'ServicePrincipal')).toBe(false);
    expect(remove(NETWORK, 'User')).toBe(false);
  });

  it('ignores actions the condition does not target, and denies what it cannot parse', () => {
    expect(
      evaluateCondition(condition, {
        action: 'Microsoft.Network/virtualNetworks/read',
        request: {},
        resource: {},
      }),
    ).toBe(true);
    expect(evaluateCondition('@Request[x] Bogus 1', { action: 'a', request: { x: '1' }, resource: {} })).toBe(
      false,
    );
    expect(evaluateCondition('((', { action: 'a', request: {}, resource: {} })).toBe(false);
  });
});

describe('ARM requests as actions', () => {
  const rg = '/subscriptions/s/resourceGroups/rg';
  it.each([
    ['GET', `${rg}`, 'Microsoft.Resources/subscriptions/resourceGroups/read', rg],
    ['GET', `${rg}/resources`, 'Microsoft.Resources/subscriptions/resourceGroups/resources/read', rg],
    [
      'PUT',
      `${rg}/providers/Microsoft.VirtualMachineImages/imageTemplates/t`,
      'Microsoft.VirtualMachineImages/imageTemplates/write',
      `${rg}/providers/Microsoft.VirtualMachineImages/imageTemplates/t`,
    ],
    [
      'POST',
      `${rg}/providers/Microsoft.VirtualMachineImages/imageTemplates/t/run`,
      'Microsoft.VirtualMachineImages/imageTemplates/run/action',
      `${rg}/providers/Microsoft.VirtualMachineImages/imageTemplates/t`,
    ],
    [
      'GET',
      `${rg}/providers/Microsoft.VirtualMachineImages/imageTemplates/t/runOutputs/o`,
      'Microsoft.VirtualMachineImages/imageTemplates/runOutputs/read',
      `${rg}/providers/Microsoft.VirtualMachineImages/imageTemplates/t/runOutputs/o`,
    ],
    [
      'GET',
      `${rg}/providers/Microsoft.Storage/storageAccounts`,
      'Microsoft.Storage/storageAccounts/read',
      rg,
    ],
    [
      'POST',
      `${rg}/providers/Microsoft.Storage/storageAccounts/a/listKeys`,
      'Microsoft.Storage/storageAccounts/listKeys/action',
      `${rg}/providers/Microsoft.Storage/storageAccounts/a`,
    ],
    [
      'POST',
      '/subscriptions/s/providers/Microsoft.Compute/register',
      'Microsoft.Compute/register/action',
      '/subscriptions/s',
    ],
  ])('%s %s -> %s', (method, path, action, scope) => {
    expect(armAction(method, path)).toEqual({ action, scope });
  });

  it('leaves metadata, operation status and role assignment writes (checked with their attributes) to others', () => {
    expect(armAction('GET', '/subscriptions/s/providers')).toBeUndefined();
    expect(armAction('GET', '/subscriptions/s/locations')).toBeUndefined();
    expect(
      armAction(
        'GET',
        '/subscriptions/s/providers/Microsoft.VirtualMachineImages/locations/eastus2/operations/x',
      ),
    ).toBeUndefined();
    expect(armAction('GET', `${rg}/providers/Microsoft.Authorization/permissions`)).toBeUndefined();
    expect(armAction('PUT', `${rg}/providers/Microsoft.Authorization/roleAssignments/x`)).toBeUndefined();
    expect(armAction('GET', `${rg}/providers/Microsoft.Authorization/roleAssignments`)).toEqual({
      action: 'Microsoft.Authorization/roleAssignments/read',
      scope: rg,
    });
  });
});
