/** Gives a simulated principal exactly what a least-privilege setup prints (custom roles and assignments). */
import { randomUUID } from 'node:crypto';
import type { Simulator } from '../azure-sim/index.js';
import type { PermissionSetup } from '../../src/core/index.js';

export function grantSetup(sim: Simulator, principalId: string, setup: PermissionSetup): void {
  const custom = new Map<string, string>();
  for (const r of setup.customRoles) {
    const guid = randomUUID();
    custom.set(r.Name, guid);
    sim.state.roleDefinitions.set(guid, {
      id: `/subscriptions/${sim.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
      name: guid,
      roleName: r.Name,
      type: 'CustomRole',
      description: r.Description,
      permissions: [
        {
          actions: r.Actions,
          notActions: r.NotActions,
          dataActions: r.DataActions,
          notDataActions: r.NotDataActions,
        },
      ],
      assignableScopes: r.AssignableScopes,
    });
  }
  for (const a of setup.assignments) {
    const guid = a.roleDefinitionGuid ?? custom.get(a.role);
    if (!guid) throw new Error(`No role ${a.role} in the setup`);
    const name = randomUUID();
    sim.state.roleAssignments.set(name, {
      id: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
      name,
      scope: a.scope,
      roleDefinitionId: `/subscriptions/${sim.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
      principalId: principalId.toLowerCase(),
      principalType: 'ServicePrincipal',
      createdOn: new Date().toISOString(),
      createdBy: 'test',
      ...(a.condition ? { condition: a.condition, conditionVersion: a.conditionVersion } : {}),
    });
  }
}

/** Removes every role assignment of the principal (between tests). */
export function revokeAll(sim: Simulator, principalId: string): void {
  for (const [name, a] of sim.state.roleAssignments)
    if (a.principalId === principalId.toLowerCase()) sim.state.roleAssignments.delete(name);
}
