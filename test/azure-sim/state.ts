/** The simulated world: fixtures, resources, principals and the knobs tests turn. */
import { randomUUID } from 'node:crypto';
import { idKey } from './http.js';
import type { BigLogOptions } from './log-writer.js';

export const BUILT_IN_ROLES = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  NetworkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7',
  ManagedIdentityOperator: 'f1a07417-d97a-45cb-824c-7a7467783830',
  StorageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  StorageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  UserAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  RoleBasedAccessControlAdministrator: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
} as const;

export interface Permission {
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
}

export interface RoleDefinition {
  id: string;
  name: string;
  roleName: string;
  type: 'BuiltInRole' | 'CustomRole';
  description: string;
  permissions: Permission[];
  assignableScopes: string[];
}

export interface RoleAssignment {
  id: string;
  name: string;
  scope: string;
  roleDefinitionId: string;
  principalId: string;
  principalType: string;
  description?: string;
  createdOn: string;
  createdBy: string;
  /** ABAC condition (conditionVersion 2.0), evaluated by rbac.ts for enforced callers. */
  condition?: string;
  conditionVersion?: string;
}

export interface Subnet {
  name: string;
  addressPrefix: string;
  /** Several prefixes (served as `addressPrefixes` instead of `addressPrefix`). */
  addressPrefixes?: string[];
  privateLinkServiceNetworkPolicies?: 'Enabled' | 'Disabled';
  delegations?: string[];
  networkSecurityGroupId?: string;
  routeTableId?: string;
  natGatewayId?: string;
  /** Absent: not returned (older VNets); false: a private subnet. */
  defaultOutboundAccess?: boolean;
  /** How many IP configurations (NICs, load balancer frontends) already use addresses of the subnet. */
  ipConfigurations?: number;
}

/** A network security group's own rules as ARM returns them in `properties` (the defaults are added). */
export interface SecurityRuleFixture {
  name: string;
  priority: number;
  direction: 'Inbound' | 'Outbound';
  access: 'Allow' | 'Deny';
  protocol: string;
  sourceAddressPrefix?: string;
  sourceAddressPrefixes?: string[];
  destinationAddressPrefix?: string;
  destinationAddressPrefixes?: string[];
  sourcePortRange?: string;
  sourcePortRanges?: string[];
  destinationPortRange?: string;
  destinationPortRanges?: string[];
}

export interface NetworkSecurityGroupFixture {
  id: string;
  securityRules: SecurityRuleFixture[];
}

export interface RouteTableFixture {
  id: string;
  routes: Array<{ name: string; addressPrefix: string; nextHopType: string; nextHopIpAddress?: string }>;
}

/** A resource provider: registration state and, per resource type, the locations (display names). */
export interface ProviderFixture {
  namespace: string;
  registrationState: 'Registered' | 'NotRegistered' | 'Registering' | 'Unregistered';
  resourceTypes: Record<string, string[]>;
}

export interface VirtualNetwork {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  location: string;
  addressPrefixes: string[];
  subnets: Subnet[];
}

export interface Identity {
  id: string;
  name: string;
  location: string;
  tags: Record<string, string>;
  principalId: string;
  clientId: string;
  tenantId: string;
}

export interface ManagedImage {
  id: string;
  name: string;
  location: string;
  tags: Record<string, string>;
  sourceTemplateId?: string;
}

export interface GalleryImageVersion {
  id: string;
  name: string;
  location: string;
  tags: Record<string, string>;
  targetRegions: string[];
  excludeFromLatest?: boolean;
  publishedDate?: string;
  provisioningState?: 'Creating' | 'Succeeded' | 'Failed';
  replicaCount?: number;
  storageAccountType?: string;
  /** Per-region replication state (region -> state and details); absent regions are Completed. */
  replication?: Record<string, { state: string; details?: string }>;
}

export interface GalleryImageDefinition {
  id: string;
  name: string;
  location: string;
  osType: string;
  osState?: string;
  hyperVGeneration: string;
  architecture?: string;
  /** Feature SecurityType (Standard, TrustedLaunch, TrustedLaunchSupported, ConfidentialVM, ...). */
  securityType?: string;
}

export interface Operation {
  id: string;
  name: string;
  location: string;
  subscriptionId: string;
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';
  startTime: string;
  endTime?: string;
  error?: { code: string; message: string };
}

export interface StorageAccount {
  id: string;
  name: string;
  key: string;
  location: string;
  resourceGroupId: string;
}

export interface RunStatus {
  startTime: string;
  endTime: string;
  runState: 'Running' | 'Canceling' | 'Succeeded' | 'PartiallySucceeded' | 'Failed' | 'Canceled';
  runSubState?: 'Queued' | 'Building' | 'Customizing' | 'Optimizing' | 'Validating' | 'Distributing';
  message: string;
}

export interface ImageTemplate {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  tags: Record<string, string>;
  identity: { type: string; userAssignedIdentities: Record<string, Record<string, string>> };
  /** The `properties` object as submitted (read-only fields are added on GET). */
  properties: Record<string, unknown>;
  provisioningState: 'Creating' | 'Succeeded' | 'Failed' | 'Deleting';
  provisioningError?: { provisioningErrorCode: string; message: string };
  lastRunStatus?: RunStatus;
  exactStagingResourceGroup?: string;
  stagingAccount?: StorageAccount;
  runOutputs: Map<string, { artifactId?: string; artifactUri?: string; provisioningState: string }>;
  /** Timers and bookkeeping of the build in progress. */
  run?: {
    operationId: string;
    logFolder: string;
    packerOperationId: string;
    timers: NodeJS.Timeout[];
    cancelled: boolean;
    /** Runs the rest of this build within `durationMs` (a test that has seen what it waited for). */
    hurry?: (durationMs: number) => void;
  };
  /** Every run started for this template (operation ids). */
  runs: string[];
  /** The staging group existed before (a customer's stagingResourceGroup): emptied, not deleted, with the template. */
  stagingPreexisting?: boolean;
}

export interface EntraClient {
  clientId: string;
  objectId: string;
  displayName: string;
  secret?: string;
  /** PEM certificate whose key signs client assertions (service principal with certificate). */
  certificatePem?: string;
  /** Federated credentials; when absent, any assertion from the simulator's issuers with the right audience is accepted. */
  federated?: Array<{ issuer: string; subject: string }>;
}

export type BuildPhase = 'Queued' | 'Building' | 'Customizing' | 'Optimizing' | 'Validating' | 'Distributing';

export interface BuildBehaviour {
  /** Final outcome of the next builds. */
  outcome: 'Succeeded' | 'PartiallySucceeded' | 'Failed' | 'Timeout';
  /** The phase in which a Failed build fails (default Customizing). */
  failAt?: BuildPhase;
  /** Total duration of a build from run to final state. */
  durationMs: number;
  /** Time from cancel to Canceled. */
  cancelDelayMs: number;
  /** Time for a template submission (PUT) to provision. */
  provisionDelayMs: number;
  /** Time for a template DELETE to finish. */
  deleteDelayMs: number;
  /** Extra lines the build prints in the customization log (e.g. a manifest, or text that looks like a workflow command). */
  extraLogLines: string[];
  /** The next N template PUTs answer 500 InternalOperationError (recorded); see imagebuilder-quirks.ts. */
  templatePutInternalErrors: number;
  /** After POST run, the next N template GETs omit lastRunStatus (documented); see imagebuilder-quirks.ts. */
  lastRunStatusAbsentReads: number;
  /** A large customization log written during the last customize step; see log-writer.ts. */
  bigLog?: BigLogOptions;
}

export interface SimulatorFixture {
  tenantId: string;
  subscriptionId: string;
  location: string;
  /** Resource groups that exist at start. */
  resourceGroups: string[];
  virtualNetworks: VirtualNetwork[];
  clients: EntraClient[];
  /** Platform image versions per `publisher:offer:sku`. */
  platformImages: Record<string, string[]>;
  /** Platform images (`publisher:offer:sku`) with a Marketplace purchase plan (plan name). */
  platformImagePlans?: Record<string, string>;
  networkSecurityGroups?: NetworkSecurityGroupFixture[];
  routeTables?: RouteTableFixture[];
  /** Resource providers (default: the ones the product uses, registered; see providers-registry.ts). */
  providers?: ProviderFixture[];
  /** Principals (object or client ids) whose RBAC is enforced (rbac.ts); set at creation for the blob service too. */
  enforceRbac?: string[];
}

export function defaultFixture(): SimulatorFixture {
  const subscriptionId = '11111111-2222-3333-4444-555555555555';
  return {
    tenantId: '72f988bf-0000-4000-8000-00000000cafe',
    subscriptionId,
    location: 'eastus2',
    resourceGroups: ['rg-jumpbox-builder', 'rg-jumpbox-images', 'rg-network'],
    virtualNetworks: [
      {
        subscriptionId,
        resourceGroup: 'rg-network',
        name: 'vnet-imagebuilder',
        location: 'eastus2',
        addressPrefixes: ['10.240.0.0/24'],
        subnets: [
          {
            name: 'snet-imagebuilder',
            addressPrefix: '10.240.0.0/28',
            privateLinkServiceNetworkPolicies: 'Disabled',
          },
          {
            name: 'snet-aci',
            addressPrefix: '10.240.0.16/28',
            privateLinkServiceNetworkPolicies: 'Disabled',
            delegations: ['Microsoft.ContainerInstance/containerGroups'],
          },
        ],
      },
    ],
    clients: [
      {
        clientId: '0d5c1f3a-1111-4aaa-8bbb-000000000001',
        objectId: '9e0a7c55-1111-4ccc-8ddd-000000000001',
        displayName: 'sp-aks-jumpbox-image-ci',
        secret: 'sim-client-secret-value',
      },
    ],
    platformImages: {
      'Canonical:ubuntu-24_04-lts:server': ['24.04.202509090', '24.04.202510010', '24.04.202511050'],
      'Canonical:ubuntu-24_04-lts:server-arm64': ['24.04.202511050'],
      'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2': ['22.04.202511040'],
    },
  };
}

export function defaultBuildBehaviour(): BuildBehaviour {
  return {
    outcome: 'Succeeded',
    durationMs: 3000,
    cancelDelayMs: 300,
    provisionDelayMs: 100,
    deleteDelayMs: 100,
    extraLogLines: [],
    templatePutInternalErrors: 0,
    lastRunStatusAbsentReads: 0,
  };
}

export interface Deny {
  /** Caller object id or client id; undefined = everyone. */
  principal?: string;
  /** Action, e.g. `Microsoft.Authorization/roleAssignments/write`. */
  action: string;
  /** Scope prefix (case-insensitive); undefined = everywhere. */
  scope?: string;
}

/** Mutable state of one simulator instance. */
export class SimState {
  readonly fixture: SimulatorFixture;
  readonly resourceGroups = new Map<
    string,
    { id: string; name: string; location: string; tags: Record<string, string>; managedBy?: string }
  >();
  readonly virtualNetworks = new Map<string, VirtualNetwork>();
  readonly identities = new Map<string, Identity>();
  readonly roleDefinitions = new Map<string, RoleDefinition>();
  readonly roleAssignments = new Map<string, RoleAssignment>();
  readonly images = new Map<string, ManagedImage>();
  readonly galleryImageVersions = new Map<string, GalleryImageVersion>();
  readonly galleryImages = new Map<string, GalleryImageDefinition>();
  /** Regions whose gallery replication fails (region -> details), for the next distributions. */
  readonly replicationFailures = new Map<string, string>();
  /** Regions of the subscription (`GET /subscriptions/{id}/locations`). */
  /** The subscription's regions (`GET /subscriptions/{id}/locations`): real names, more than offer Image Builder. */
  regions = [
    'eastus',
    'eastus2',
    'westus2',
    'westus3',
    'centralus',
    'northeurope',
    'westeurope',
    'southcentralus',
    'uksouth',
    'swedencentral',
    'brazilsouth',
    'southeastasia',
    'australiaeast',
    'japaneast',
  ];
  /** allowSharedKeyAccess of the staging storage accounts (false: a policy disabled shared keys). */
  stagingSharedKeyAccess = true;
  readonly templates = new Map<string, ImageTemplate>();
  readonly operations = new Map<string, Operation>();
  readonly storageAccounts = new Map<string, StorageAccount>();
  readonly clients = new Map<string, EntraClient>();
  readonly denies: Deny[] = [];
  build: BuildBehaviour = defaultBuildBehaviour();
  /** Role assignment PUTs for a principal fail with PrincipalNotFound this many times (replication delay). */
  principalNotFound = { attempts: 0, evenWithPrincipalType: false };
  readonly principalNotFoundSeen = new Map<string, number>();
  /** Access token lifetime in seconds. */
  accessTokenLifetimeSeconds = 3600;
  /** OIDC assertion lifetime in seconds (GitHub ~300, Azure Pipelines 600). */
  assertionLifetimeSeconds = 300;
  /** When false, storage data-plane tokens are refused by the blob service (no Storage Blob Data Reader). */
  storageDataPlaneAccess = true;
  /** Object ids of principals that exist in the directory (service principals and managed identities). */
  readonly principals = new Set<string>();

  constructor(fixture: SimulatorFixture) {
    this.fixture = fixture;
    for (const rg of fixture.resourceGroups)
      this.addResourceGroup(fixture.subscriptionId, rg, fixture.location);
    for (const vnet of fixture.virtualNetworks)
      this.virtualNetworks.set(idKey(vnetId(vnet)), structuredClone(vnet));
    for (const client of fixture.clients) {
      this.clients.set(client.clientId, { ...client });
      this.principals.add(client.objectId);
    }
    for (const [name, guid] of Object.entries(BUILT_IN_ROLES)) {
      const roleName = name.replace(/([a-z])([A-Z])/g, '$1 $2');
      this.roleDefinitions.set(guid, {
        id: `/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
        name: guid,
        roleName,
        type: 'BuiltInRole',
        description: `Built-in role ${roleName}`,
        permissions: [builtInPermissions(name)],
        assignableScopes: ['/'],
      });
    }
  }

  addResourceGroup(
    subscriptionId: string,
    name: string,
    location: string,
    tags: Record<string, string> = {},
  ): string {
    const id = `/subscriptions/${subscriptionId}/resourceGroups/${name}`;
    this.resourceGroups.set(idKey(id), { id, name, location, tags });
    return id;
  }

  newPrincipalId(): string {
    return randomUUID();
  }
}

export const vnetId = (v: VirtualNetwork) =>
  `/subscriptions/${v.subscriptionId}/resourceGroups/${v.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${v.name}`;

function builtInPermissions(name: string): Permission {
  const p = (actions: string[], notActions: string[] = [], dataActions: string[] = []): Permission => ({
    actions,
    notActions,
    dataActions,
    notDataActions: [],
  });
  switch (name) {
    case 'Owner':
      return p(['*']);
    case 'Contributor':
      return p(
        ['*'],
        [
          'Microsoft.Authorization/*/Delete',
          'Microsoft.Authorization/*/Write',
          'Microsoft.Authorization/elevateAccess/Action',
        ],
      );
    case 'Reader':
      return p(['*/read']);
    case 'NetworkContributor':
      return p([
        'Microsoft.Authorization/*/read',
        'Microsoft.Network/*',
        'Microsoft.Resources/subscriptions/resourceGroups/read',
      ]);
    case 'ManagedIdentityOperator':
      return p([
        'Microsoft.ManagedIdentity/userAssignedIdentities/*/read',
        'Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action',
        'Microsoft.Authorization/*/read',
      ]);
    case 'StorageBlobDataReader':
      return p(
        ['Microsoft.Storage/storageAccounts/blobServices/containers/read'],
        [],
        ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'],
      );
    case 'StorageBlobDataContributor':
      return p(
        ['Microsoft.Storage/storageAccounts/blobServices/containers/*'],
        [],
        ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*'],
      );
    case 'UserAccessAdministrator':
      return p(['*/read', 'Microsoft.Authorization/*']);
    case 'RoleBasedAccessControlAdministrator':
      return p([
        'Microsoft.Authorization/roleAssignments/write',
        'Microsoft.Authorization/roleAssignments/delete',
        '*/read',
        'Microsoft.Support/*',
      ]);
    default:
      return p([]);
  }
}

/** Whether an action matches an RBAC pattern such as a star, `Microsoft.Network/<star>` or `<star>/read` (case-insensitive). */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(action);
}

export function roleAllows(role: RoleDefinition, action: string): boolean {
  return role.permissions.some(
    (p) =>
      p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((a) => actionMatches(a, action)),
  );
}

/** Whether scope `outer` contains (or equals) `inner`. */
export function scopeContains(outer: string, inner: string): boolean {
  const o = idKey(outer);
  const i = idKey(inner);
  return o === '' || o === '/' || i === o || i.startsWith(`${o}/`);
}
