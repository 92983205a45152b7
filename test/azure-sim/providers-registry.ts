/**
 * Microsoft.Resources providers (list with resource types and their locations, get, register) and the
 * Microsoft.Authorization `permissions` API (the caller's effective actions at a scope: everything, minus what the
 * fixture's deny rules take away there).
 */
import { authorize, requireApiVersion, requireResourceGroup } from './arm.js';
import type { SimContext } from './context.js';
import { ArmError, type SimRequest, type SimResponse } from './http.js';
import { type ProviderFixture, scopeContains } from './state.js';
import { callerPermissions, enforcedFor } from './rbac.js';

const json = (body: unknown): SimResponse => ({ status: 200, body });

/** Regions (display names, as ARM lists them) where the simulated Image Builder is offered. */
export const IMAGE_BUILDER_REGIONS = [
  'East US',
  'East US 2',
  'West Central US',
  'West US',
  'West US 2',
  'West US 3',
  'South Central US',
  'North Europe',
  'West Europe',
  'UK South',
  'Australia East',
  'Southeast Asia',
];
const ALL_REGIONS = [...IMAGE_BUILDER_REGIONS, 'Brazil South', 'Germany West Central', 'Japan East'];

export function defaultProviders(): ProviderFixture[] {
  const p = (namespace: string, resourceTypes: Record<string, string[]>): ProviderFixture => ({
    namespace,
    registrationState: 'Registered',
    resourceTypes,
  });
  return [
    p('Microsoft.VirtualMachineImages', {
      imageTemplates: IMAGE_BUILDER_REGIONS,
      locations: [],
      'locations/operations': [],
    }),
    p('Microsoft.Compute', { virtualMachines: ALL_REGIONS, images: ALL_REGIONS, galleries: ALL_REGIONS }),
    p('Microsoft.Storage', { storageAccounts: ALL_REGIONS }),
    p('Microsoft.Network', { virtualNetworks: ALL_REGIONS, networkSecurityGroups: ALL_REGIONS }),
    p('Microsoft.ManagedIdentity', { userAssignedIdentities: ALL_REGIONS }),
    p('Microsoft.ContainerInstance', { containerGroups: ALL_REGIONS }),
    p('Microsoft.Authorization', { roleAssignments: [], roleDefinitions: [], permissions: [] }),
  ];
}

export function registerProvidersRegistry(ctx: SimContext): void {
  const { router, state } = ctx;
  // Read on each request: a test may replace `sim.state.fixture.providers`; registration changes it in place.
  const providersOf = () => (state.fixture.providers ??= defaultProviders());
  const body = (sub: string, p: ProviderFixture) => ({
    id: `/subscriptions/${sub}/providers/${p.namespace}`,
    namespace: p.namespace,
    registrationState: p.registrationState,
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: Object.entries(p.resourceTypes).map(([resourceType, locations]) => ({
      resourceType,
      locations,
      apiVersions: ['2025-10-01'],
    })),
  });
  const subscription = (req: SimRequest) => {
    if (req.params.sub!.toLowerCase() !== state.fixture.subscriptionId.toLowerCase())
      throw new ArmError(
        404,
        'SubscriptionNotFound',
        `The subscription '${req.params.sub}' could not be found.`,
      );
    return req.params.sub!;
  };
  const find = (req: SimRequest) => {
    const p = providersOf().find((x) => x.namespace.toLowerCase() === req.params.ns!.toLowerCase());
    if (!p)
      throw new ArmError(
        404,
        'InvalidResourceNamespace',
        `The resource namespace '${req.params.ns}' is invalid.`,
      );
    return p;
  };
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/providers',
    kind: 'providers.list',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const sub = subscription(req);
      return json({ value: providersOf().map((p) => body(sub, p)) });
    },
  });
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/providers/{ns}',
    kind: 'providers.get',
    arm: true,
    handler: (req) => json(body(subscription(req), find(req))),
  });
  router.add({
    method: 'POST',
    pattern: '/subscriptions/{sub}/providers/{ns}/register',
    kind: 'providers.register',
    arm: true,
    handler: (req) => {
      const sub = subscription(req);
      const p = find(req);
      authorize(ctx, req, `${p.namespace}/register/action`, `/subscriptions/${sub}`);
      p.registrationState = 'Registered';
      return json(body(sub, p));
    },
  });
  router.add({
    method: 'GET',
    pattern: '/{+scope}/providers/Microsoft.Authorization/permissions',
    kind: 'permissions.list',
    arm: true,
    handler: (req) => {
      const scope = `/${req.params.scope!.replace(/^\/+/, '').replace(/\/+$/, '')}`;
      // Unverified guess at real ARM: a resource group scope that does not exist answers ResourceGroupNotFound.
      const rg = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(scope);
      if (rg) requireResourceGroup(ctx, rg[1]!, rg[2]!);
      const caller = req.caller!;
      if (enforcedFor(ctx, caller)) return json({ value: callerPermissions(ctx, caller, scope) });
      const notActions = state.denies
        .filter(
          (d) =>
            (d.principal === undefined ||
              d.principal === caller.objectId ||
              d.principal === caller.clientId) &&
            (d.scope === undefined || scopeContains(d.scope, scope)),
        )
        .map((d) => d.action);
      return json({ value: [{ actions: ['*'], notActions, dataActions: [], notDataActions: [] }] });
    },
  });
}
