/** Microsoft.Resources, Microsoft.Network, Microsoft.ManagedIdentity, Microsoft.Authorization, Microsoft.Compute and Microsoft.Storage. */
import { randomUUID } from 'node:crypto';
import { authorize, bodyObject, notFound, requireApiVersion, requireResourceGroup, rgId } from './arm.js';
import type { SimContext } from './context.js';
import { ArmError, type SimRequest, type SimResponse, idKey } from './http.js';
import { assignmentAttributes } from './rbac.js';
import {
  type RoleAssignment,
  type RoleDefinition,
  type VirtualNetwork,
  scopeContains,
  vnetId,
} from './state.js';
import type { Identity, ManagedImage, StorageAccount } from './state.js';
import { platformImageTraits } from './galleries.js';

const json = (body: unknown, status = 200): SimResponse => ({ status, body });
const normScope = (scope: string) => `/${scope.replace(/^\/+/, '').replace(/\/+$/, '')}`;

export function registerProviders(ctx: SimContext): void {
  registerResources(ctx);
  registerNetwork(ctx);
  registerIdentity(ctx);
  registerAuthorization(ctx);
  registerCompute(ctx);
  registerStorage(ctx);
}

function registerResources(ctx: SimContext): void {
  const { router, state } = ctx;
  const rgBody = (rg: {
    id: string;
    name: string;
    location: string;
    tags: Record<string, string>;
    managedBy?: string;
  }) => ({
    id: rg.id,
    name: rg.name,
    type: 'Microsoft.Resources/resourceGroups',
    location: rg.location,
    tags: rg.tags,
    ...(rg.managedBy ? { managedBy: rg.managedBy } : {}),
    properties: { provisioningState: 'Succeeded' },
  });
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/resourcegroups/{rg}',
    kind: 'resourceGroups.get',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const rg = requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      return json(rgBody(state.resourceGroups.get(idKey(rg.id))!));
    },
  });
  router.add({
    method: 'HEAD',
    pattern: '/subscriptions/{sub}/resourcegroups/{rg}',
    kind: 'resourceGroups.head',
    arm: true,
    handler: (req) => {
      const found = state.resourceGroups.get(idKey(rgId(req.params.sub!, req.params.rg!)));
      return { status: found ? 204 : 404 };
    },
  });
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/resourcegroups',
    kind: 'resourceGroups.list',
    arm: true,
    handler: () => json({ value: [...state.resourceGroups.values()].map(rgBody) }),
  });
}

function subnetBody(vnet: VirtualNetwork, s: VirtualNetwork['subnets'][number]) {
  const id = `${vnetId(vnet)}/subnets/${s.name}`;
  const rg = `/subscriptions/${vnet.subscriptionId}/resourceGroups/${vnet.resourceGroup}`;
  return {
    id,
    name: s.name,
    type: 'Microsoft.Network/virtualNetworks/subnets',
    etag: `W/"${randomUUID()}"`,
    properties: {
      provisioningState: 'Succeeded',
      ...(s.addressPrefixes?.length
        ? { addressPrefixes: s.addressPrefixes }
        : { addressPrefix: s.addressPrefix }),
      privateEndpointNetworkPolicies: 'Disabled',
      privateLinkServiceNetworkPolicies: s.privateLinkServiceNetworkPolicies ?? 'Enabled',
      ...(s.networkSecurityGroupId ? { networkSecurityGroup: { id: s.networkSecurityGroupId } } : {}),
      ...(s.routeTableId ? { routeTable: { id: s.routeTableId } } : {}),
      ...(s.natGatewayId ? { natGateway: { id: s.natGatewayId } } : {}),
      ...(s.defaultOutboundAccess !== undefined ? { defaultOutboundAccess: s.defaultOutboundAccess } : {}),
      delegations: (s.delegations ?? []).map((d, i) => ({
        name: `delegation${i}`,
        id: `${id}/delegations/delegation${i}`,
        properties: { serviceName: d, actions: [] },
      })),
      ipConfigurations: Array.from({ length: s.ipConfigurations ?? 0 }, (_, i) => ({
        id: `${rg}/providers/Microsoft.Network/networkInterfaces/nic-${s.name}-${i}/ipConfigurations/ipconfig1`,
      })),
    },
  };
}

function registerNetwork(ctx: SimContext): void {
  const { router, state } = ctx;
  const findVnet = (req: SimRequest) => {
    requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
    const id = `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Network/virtualNetworks/${req.params.vnet}`;
    const vnet = state.virtualNetworks.get(idKey(id));
    if (!vnet) throw notFound('Microsoft.Network/virtualNetworks', req.params.vnet!, req.params.rg!);
    return vnet;
  };
  const vnetBody = (v: VirtualNetwork) => ({
    id: vnetId(v),
    name: v.name,
    type: 'Microsoft.Network/virtualNetworks',
    location: v.location,
    etag: `W/"${randomUUID()}"`,
    properties: {
      provisioningState: 'Succeeded',
      addressSpace: { addressPrefixes: v.addressPrefixes },
      subnets: v.subnets.map((s) => subnetBody(v, s)),
    },
  });
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/virtualNetworks/{vnet}',
    kind: 'virtualNetworks.get',
    arm: true,
    handler: (req) => json(vnetBody(findVnet(req))),
  });
  router.add({
    method: 'GET',
    pattern:
      '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/virtualNetworks/{vnet}/subnets/{subnet}',
    kind: 'subnets.get',
    arm: true,
    handler: (req) => {
      const vnet = findVnet(req);
      const subnet = vnet.subnets.find((s) => s.name.toLowerCase() === req.params.subnet!.toLowerCase());
      if (!subnet)
        throw notFound(
          'Microsoft.Network/virtualNetworks/subnets',
          `${vnet.name}/${req.params.subnet}`,
          req.params.rg!,
        );
      return json(subnetBody(vnet, subnet));
    },
  });
}

function registerIdentity(ctx: SimContext): void {
  const { router, state } = ctx;
  const base =
    '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities';
  const idOf = (req: SimRequest) =>
    `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${req.params.name}`;
  const body = (i: Identity) => ({
    id: i.id,
    name: i.name,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
    location: i.location,
    tags: i.tags,
    properties: {
      tenantId: i.tenantId,
      principalId: i.principalId,
      clientId: i.clientId,
      isolationScope: 'None',
    },
  });
  router.add({
    method: 'PUT',
    pattern: `${base}/{name}`,
    kind: 'identities.put',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const id = idOf(req);
      authorize(ctx, req, 'Microsoft.ManagedIdentity/userAssignedIdentities/write', id);
      const b = bodyObject(req);
      if (typeof b.location !== 'string' || !b.location)
        throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
      const existing = state.identities.get(idKey(id));
      if (existing) {
        existing.tags = (b.tags as Record<string, string>) ?? existing.tags;
        return json(body(existing), 200);
      }
      const identity = {
        id,
        name: req.params.name!,
        location: b.location,
        tags: (b.tags as Record<string, string>) ?? {},
        principalId: randomUUID(),
        clientId: randomUUID(),
        tenantId: state.fixture.tenantId,
      };
      state.identities.set(idKey(id), identity);
      state.principals.add(identity.principalId);
      // Recorded: 201 with a Location header holding the identity's id (`/resourcegroups/` in lower case).
      return {
        ...json(body(identity), 201),
        headers: { location: id.replace(/\/resourceGroups\//i, '/resourcegroups/') },
      };
    },
  });
  router.add({
    method: 'GET',
    pattern: `${base}/{name}`,
    kind: 'identities.get',
    arm: true,
    handler: (req) => {
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const found = state.identities.get(idKey(idOf(req)));
      if (!found)
        throw notFound('Microsoft.ManagedIdentity/userAssignedIdentities', req.params.name!, req.params.rg!);
      return json(body(found));
    },
  });
  router.add({
    method: 'DELETE',
    pattern: `${base}/{name}`,
    kind: 'identities.delete',
    arm: true,
    handler: (req) => {
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const existed = state.identities.delete(idKey(idOf(req)));
      return { status: existed ? 200 : 204 };
    },
  });
  router.add({
    method: 'GET',
    pattern: base,
    kind: 'identities.list',
    arm: true,
    handler: (req) => {
      const rg = requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      return json({
        value: [...state.identities.values()].filter((i) => scopeContains(rg.id, i.id)).map(body),
      });
    },
  });
}

function roleDefinitionBody(def: RoleDefinition, sub: string) {
  return {
    id:
      def.type === 'BuiltInRole'
        ? `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${def.name}`
        : def.id,
    name: def.name,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: {
      roleName: def.roleName,
      type: def.type,
      description: def.description,
      permissions: def.permissions,
      assignableScopes: def.assignableScopes,
    },
  };
}

export function assignmentBody(a: RoleAssignment) {
  return {
    id: a.id,
    name: a.name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: a.roleDefinitionId,
      principalId: a.principalId,
      principalType: a.principalType,
      scope: a.scope,
      condition: a.condition ?? null,
      conditionVersion: a.conditionVersion ?? null,
      description: a.description ?? null,
      createdOn: a.createdOn,
      updatedOn: a.createdOn,
      createdBy: a.createdBy,
      updatedBy: a.createdBy,
      delegatedManagedIdentityResourceId: null,
    },
  };
}

const guidOf = (roleDefinitionId: string) => roleDefinitionId.split('/').pop()!.toLowerCase();

function registerAuthorization(ctx: SimContext): void {
  const { router, state } = ctx;
  const sub = () => state.fixture.subscriptionId;

  const findRole = (id: string) => state.roleDefinitions.get(guidOf(id));

  const getRole = (req: SimRequest) => {
    const def = findRole(req.params.id!);
    if (!def) {
      throw new ArmError(
        404,
        'RoleDefinitionDoesNotExist',
        `The specified role definition with ID '${req.params.id}' does not exist.`,
      );
    }
    return json(roleDefinitionBody(def, sub()));
  };
  // By scope (`/subscriptions/s/providers/...`) and tenant-wide (`/providers/...`), as returned ids use both forms.
  for (const pattern of [
    '/{+scope}/providers/Microsoft.Authorization/roleDefinitions/{id}',
    '/providers/Microsoft.Authorization/roleDefinitions/{id}',
  ]) {
    router.add({ method: 'GET', pattern, kind: 'roleDefinitions.get', arm: true, handler: getRole });
  }
  router.add({
    method: 'GET',
    pattern: '/{+scope}/providers/Microsoft.Authorization/roleDefinitions',
    kind: 'roleDefinitions.list',
    arm: true,
    handler: (req) => {
      const filter = req.query.get('$filter') ?? '';
      const byName = /roleName eq '([^']*)'/i.exec(filter)?.[1];
      const byType = /type eq '([^']*)'/i.exec(filter)?.[1];
      const defs = [...state.roleDefinitions.values()].filter(
        (d) =>
          (!byName || d.roleName.toLowerCase() === byName.toLowerCase()) &&
          (!byType || d.type.toLowerCase() === byType.toLowerCase()),
      );
      return json({ value: defs.map((d) => roleDefinitionBody(d, sub())) });
    },
  });
  router.add({
    method: 'PUT',
    pattern: '/{+scope}/providers/Microsoft.Authorization/roleDefinitions/{id}',
    kind: 'roleDefinitions.put',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const scope = normScope(req.params.scope!);
      authorize(ctx, req, 'Microsoft.Authorization/roleDefinitions/write', scope);
      const b = bodyObject(req);
      const p = (b.properties ?? {}) as Record<string, unknown>;
      const roleName = String(p.roleName ?? '');
      if (!roleName)
        throw new ArmError(400, 'InvalidRoleDefinition', 'The role definition name must be specified.');
      const guid = req.params.id!.toLowerCase();
      const existing = state.roleDefinitions.get(guid);
      if (existing?.type === 'BuiltInRole')
        throw new ArmError(
          400,
          'RoleDefinitionUpdateNotPermitted',
          'Built-in role definitions cannot be updated.',
        );
      const clash = [...state.roleDefinitions.values()].find(
        (d) => d.roleName.toLowerCase() === roleName.toLowerCase() && d.name !== guid,
      );
      if (clash) {
        throw new ArmError(
          409,
          'RoleDefinitionWithSameNameExists',
          'A custom role with the same name already exists in this directory.',
        );
      }
      const def: RoleDefinition = {
        id: `/subscriptions/${sub()}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
        name: guid,
        roleName,
        type: 'CustomRole',
        description: String(p.description ?? ''),
        permissions: ((p.permissions as RoleDefinition['permissions']) ?? []).map((x) => ({
          actions: x.actions ?? [],
          notActions: x.notActions ?? [],
          dataActions: x.dataActions ?? [],
          notDataActions: x.notDataActions ?? [],
        })),
        assignableScopes: (p.assignableScopes as string[]) ?? [scope],
      };
      state.roleDefinitions.set(guid, def);
      return json(roleDefinitionBody(def, sub()), existing ? 200 : 201);
    },
  });
  router.add({
    method: 'DELETE',
    pattern: '/{+scope}/providers/Microsoft.Authorization/roleDefinitions/{id}',
    kind: 'roleDefinitions.delete',
    arm: true,
    handler: (req) => {
      const def = findRole(req.params.id!);
      if (!def || def.type === 'BuiltInRole') return { status: 204 };
      state.roleDefinitions.delete(def.name);
      return json(roleDefinitionBody(def, sub()));
    },
  });

  router.add({
    method: 'PUT',
    pattern: '/{+scope}/providers/Microsoft.Authorization/roleAssignments/{name}',
    kind: 'roleAssignments.put',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const scope = normScope(req.params.scope!);
      const name = req.params.name!.toLowerCase();
      const b = bodyObject(req);
      const p = (b.properties ?? {}) as Record<string, unknown>;
      const roleDefinitionId = String(p.roleDefinitionId ?? '');
      const principalId = String(p.principalId ?? '').toLowerCase();
      const principalType = p.principalType as string | undefined;
      authorize(ctx, req, 'Microsoft.Authorization/roleAssignments/write', scope, {
        request: assignmentAttributes(roleDefinitionId, principalType, principalId),
        resource: {},
      });
      if (!/^[0-9a-f-]{36}$/.test(name))
        throw new ArmError(
          400,
          'InvalidRoleAssignmentId',
          `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`,
        );
      if (!findRole(roleDefinitionId)) {
        throw new ArmError(
          400,
          'RoleDefinitionDoesNotExist',
          `The specified role definition with ID '${guidOf(roleDefinitionId)}' does not exist.`,
        );
      }
      const existing = state.roleAssignments.get(name);
      if (existing) {
        if (
          existing.principalId !== principalId ||
          idKey(existing.scope) !== idKey(scope) ||
          guidOf(existing.roleDefinitionId) !== guidOf(roleDefinitionId)
        ) {
          throw new ArmError(
            400,
            'RoleAssignmentUpdateNotPermitted',
            'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
          );
        }
        return json(assignmentBody(existing), 200);
      }
      const duplicate = [...state.roleAssignments.values()].find(
        (a) =>
          a.principalId === principalId &&
          idKey(a.scope) === idKey(scope) &&
          guidOf(a.roleDefinitionId) === guidOf(roleDefinitionId),
      );
      if (duplicate) {
        throw new ArmError(
          409,
          'RoleAssignmentExists',
          `The role assignment already exists. The ID of the existing role assignment is ${duplicate.name.replace(/-/g, '')}.`,
        );
      }
      const knownPrincipal = state.principals.has(principalId);
      const seen = state.principalNotFoundSeen.get(principalId) ?? 0;
      const replicating =
        seen < state.principalNotFound.attempts &&
        (state.principalNotFound.evenWithPrincipalType || !principalType);
      if (!knownPrincipal || replicating) {
        state.principalNotFoundSeen.set(principalId, seen + 1);
        throw new ArmError(
          400,
          'PrincipalNotFound',
          `Principal ${principalId.replace(/-/g, '')} does not exist in the directory ${state.fixture.tenantId}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype`,
        );
      }
      const assignment: RoleAssignment = {
        id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
        name,
        scope,
        roleDefinitionId: `/subscriptions/${sub()}/providers/Microsoft.Authorization/roleDefinitions/${guidOf(roleDefinitionId)}`,
        principalId,
        principalType: principalType ?? 'User',
        description: p.description as string | undefined,
        createdOn: new Date().toISOString(),
        createdBy: req.caller?.objectId ?? '',
        ...(p.condition
          ? { condition: String(p.condition), conditionVersion: String(p.conditionVersion ?? '2.0') }
          : {}),
      };
      state.roleAssignments.set(name, assignment);
      return json(assignmentBody(assignment), 201);
    },
  });
  router.add({
    method: 'GET',
    pattern: '/{+scope}/providers/Microsoft.Authorization/roleAssignments/{name}',
    kind: 'roleAssignments.get',
    arm: true,
    handler: (req) => {
      const a = state.roleAssignments.get(req.params.name!.toLowerCase());
      if (!a || idKey(a.scope) !== idKey(normScope(req.params.scope!))) {
        throw new ArmError(
          404,
          'RoleAssignmentNotFound',
          `The role assignment '${req.params.name}' is not found.`,
        );
      }
      return json(assignmentBody(a));
    },
  });
  router.add({
    method: 'DELETE',
    pattern: '/{+scope}/providers/Microsoft.Authorization/roleAssignments/{name}',
    kind: 'roleAssignments.delete',
    arm: true,
    handler: (req) => {
      const scope = normScope(req.params.scope!);
      const a = state.roleAssignments.get(req.params.name!.toLowerCase());
      authorize(ctx, req, 'Microsoft.Authorization/roleAssignments/delete', scope, {
        request: {},
        resource: a ? assignmentAttributes(a.roleDefinitionId, a.principalType, a.principalId) : {},
      });
      if (!a || idKey(a.scope) !== idKey(scope)) return { status: 204 };
      state.roleAssignments.delete(a.name);
      return json(assignmentBody(a));
    },
  });
  router.add({
    method: 'GET',
    pattern: '/{+scope}/providers/Microsoft.Authorization/roleAssignments',
    kind: 'roleAssignments.list',
    arm: true,
    handler: (req) => {
      const scope = normScope(req.params.scope!);
      const filter = req.query.get('$filter') ?? '';
      const principal = /principalId eq '([^']*)'/i.exec(filter)?.[1]?.toLowerCase();
      const atScope = /atScope\(\)/i.test(filter);
      const value = [...state.roleAssignments.values()].filter((a) => {
        if (principal)
          return (
            a.principalId === principal && (scopeContains(a.scope, scope) || scopeContains(scope, a.scope))
          );
        if (atScope) return scopeContains(a.scope, scope);
        return scopeContains(a.scope, scope) || scopeContains(scope, a.scope);
      });
      return json({ value: value.map(assignmentBody) });
    },
  });
}

function registerCompute(ctx: SimContext): void {
  const { router, state } = ctx;
  const versionsPattern =
    '/subscriptions/{sub}/providers/Microsoft.Compute/locations/{loc}/publishers/{pub}/artifacttypes/vmimage/offers/{offer}/skus/{sku}/versions';
  const versionsOf = (req: SimRequest) => {
    const key = Object.keys(state.fixture.platformImages).find(
      (k) => k.toLowerCase() === `${req.params.pub}:${req.params.offer}:${req.params.sku}`.toLowerCase(),
    );
    return key ? state.fixture.platformImages[key]! : undefined;
  };
  const versionBody = (req: SimRequest, v: string) => ({
    location: req.params.loc,
    name: v,
    id: `/Subscriptions/${req.params.sub}/Providers/Microsoft.Compute/Locations/${req.params.loc}/Publishers/${req.params.pub}/ArtifactTypes/VMImage/Offers/${req.params.offer}/Skus/${req.params.sku}/Versions/${v}`,
  });
  router.add({
    method: 'GET',
    pattern: versionsPattern,
    kind: 'platformImages.list',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const versions = versionsOf(req);
      if (!versions) throw new ArmError(404, 'NotFound', `Artifact: VMImage was not found.`);
      let list = [...versions].sort(compareVersions);
      const orderby = req.query.get('$orderby');
      if (orderby && /desc/i.test(orderby)) list = list.reverse();
      const top = Number(req.query.get('$top') ?? 0);
      if (top > 0) list = list.slice(0, top);
      return json(list.map((v) => versionBody(req, v)));
    },
  });
  router.add({
    method: 'GET',
    pattern: `${versionsPattern}/{version}`,
    kind: 'platformImages.get',
    arm: true,
    handler: (req) => {
      const versions = versionsOf(req);
      const v = versions?.find((x) => x === req.params.version);
      if (!v) throw new ArmError(404, 'NotFound', `Artifact: VMImage was not found.`);
      const planKey = `${req.params.pub}:${req.params.offer}:${req.params.sku}`.toLowerCase();
      const plan = Object.entries(state.fixture.platformImagePlans ?? {}).find(
        ([k]) => k.toLowerCase() === planKey,
      )?.[1];
      return json({
        ...versionBody(req, v),
        properties: {
          ...(plan ? { plan: { name: plan, publisher: req.params.pub, product: req.params.offer } } : {}),
          ...platformImageProperties(req.params.sku!),
        },
      });
    },
  });

  const imageBase = '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/images';
  const imageBody = (i: ManagedImage) => ({
    id: i.id,
    name: i.name,
    type: 'Microsoft.Compute/images',
    location: i.location,
    tags: i.tags,
    properties: {
      provisioningState: 'Succeeded',
      hyperVGeneration: 'V2',
      storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } },
    },
  });
  const imageId = (req: SimRequest) =>
    `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Compute/images/${req.params.name}`;
  router.add({
    method: 'GET',
    pattern: imageBase,
    kind: 'images.list',
    arm: true,
    handler: (req) => {
      const rg = requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      return json({
        value: [...state.images.values()].filter((i) => scopeContains(rg.id, i.id)).map(imageBody),
      });
    },
  });
  router.add({
    method: 'GET',
    pattern: `${imageBase}/{name}`,
    kind: 'images.get',
    arm: true,
    handler: (req) => {
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const i = state.images.get(idKey(imageId(req)));
      if (!i) throw notFound('Microsoft.Compute/images', req.params.name!, req.params.rg!);
      return json(imageBody(i));
    },
  });
  router.add({
    method: 'PUT',
    pattern: `${imageBase}/{name}`,
    kind: 'images.put',
    arm: true,
    handler: (req) => {
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const b = bodyObject(req);
      const id = imageId(req);
      const existed = state.images.has(idKey(id));
      const image = {
        id,
        name: req.params.name!,
        location: String(b.location ?? state.fixture.location),
        tags: (b.tags as Record<string, string>) ?? {},
      };
      state.images.set(idKey(id), image);
      return json(imageBody(image), existed ? 200 : 201);
    },
  });
  router.add({
    method: 'DELETE',
    pattern: `${imageBase}/{name}`,
    kind: 'images.delete',
    arm: true,
    handler: (req) => {
      const existed = state.images.delete(idKey(imageId(req)));
      return { status: existed ? 200 : 204 };
    },
  });
}

function platformImageProperties(sku: string) {
  const t = platformImageTraits(sku);
  return {
    hyperVGeneration: t.hyperVGeneration,
    architecture: t.architecture,
    osDiskImage: { operatingSystem: 'Linux', sizeInGb: 30 },
    ...(t.securityType ? { features: [{ name: 'SecurityType', value: t.securityType }] } : {}),
  };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function registerStorage(ctx: SimContext): void {
  const { router, state } = ctx;
  const accountBody = (a: StorageAccount) => ({
    id: a.id,
    name: a.name,
    type: 'Microsoft.Storage/storageAccounts',
    location: a.location,
    kind: 'StorageV2',
    sku: { name: 'Standard_LRS', tier: 'Standard' },
    tags: { createdby: 'azurevmimagebuilder' },
    properties: {
      provisioningState: 'Succeeded',
      allowSharedKeyAccess: state.stagingSharedKeyAccess,
      primaryEndpoints: { blob: ctx.blobs().endpoint(a.name) },
      primaryLocation: a.location,
      statusOfPrimary: 'available',
    },
  });
  const inRg = (req: SimRequest) => {
    const rg = requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
    return [...state.storageAccounts.values()].filter((a) => idKey(a.resourceGroupId) === idKey(rg.id));
  };
  const one = (req: SimRequest) => {
    const a = inRg(req).find((x) => x.name.toLowerCase() === req.params.name!.toLowerCase());
    if (!a) throw notFound('Microsoft.Storage/storageAccounts', req.params.name!, req.params.rg!);
    return a;
  };
  const base = '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Storage/storageAccounts';
  router.add({
    method: 'GET',
    pattern: base,
    kind: 'storageAccounts.list',
    arm: true,
    handler: (req) => json({ value: inRg(req).map(accountBody) }),
  });
  router.add({
    method: 'GET',
    pattern: `${base}/{name}`,
    kind: 'storageAccounts.get',
    arm: true,
    handler: (req) => json(accountBody(one(req))),
  });
  router.add({
    method: 'POST',
    pattern: `${base}/{name}/listKeys`,
    kind: 'storageAccounts.listKeys',
    arm: true,
    handler: (req) => {
      const a = one(req);
      authorize(ctx, req, 'Microsoft.Storage/storageAccounts/listkeys/action', a.id);
      return json({
        keys: [
          { keyName: 'key1', value: a.key, permissions: 'FULL', creationTime: new Date().toISOString() },
        ],
      });
    },
  });
}
