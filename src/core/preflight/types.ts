/** Shapes shared by the preflight checks: what was read once, and what each check answers. */
import type { NetworkSecurityGroup, RouteTable, VirtualNetwork } from '@azure/arm-network';
import type { Provider } from '@azure/arm-resources';
import type { ArmRest } from '../arm-rest.js';
import type { Clients } from '../clients.js';
import type { BaseImageRef } from '../definition/index.js';
import type { Settings } from '../settings.js';
import type { Logger, PreflightCheckResult } from '../types.js';

export type CheckStatus = PreflightCheckResult['status'];
/** `{ id, title, status, reason }`: the reason is one line naming the rule, setting or permission and the fix. */
export type CheckResult = PreflightCheckResult;

/** The answer to one read: the value, or that it does not exist, or why it could not be read. */
export interface Fetched<T> {
  value?: T;
  notFound?: boolean;
  error?: string;
}

export interface CallerPermission {
  actions: string[];
  notActions: string[];
  dataActions?: string[];
  notDataActions?: string[];
}

/** Everything the checks look at, read in at most ten requests (eleven with a staging group). */
export interface PreflightData {
  vnet: Fetched<VirtualNetwork>;
  /** By lower-case resource id. */
  nsgs: Map<string, Fetched<NetworkSecurityGroup>>;
  routeTables: Map<string, Fetched<RouteTable>>;
  providers: Fetched<Provider[]>;
  /** By role definition id as given in the settings. */
  roleDefinitions: Map<string, Fetched<true>>;
  /** By scope (lower-case): the caller's permissions there. */
  permissions: Map<string, Fetched<CallerPermission[]>>;
  baseImage: Fetched<{ plan?: { name?: string; publisher?: string; product?: string } }>;
  /** ARM requests made to read all this. */
  requests: number;
}

export interface CheckContext {
  settings: Settings;
  location: string;
  baseImage: BaseImageRef;
  data: PreflightData;
}

/**
 * What an extra check may use to read what the shared snapshot lacks (each read counts against the budget). A check
 * that reads through `clients` loads the SDK it uses first (`loadClientSdks`): a plain build loads few of them.
 */
export interface ExtraCheckContext extends CheckContext {
  clients: Clients;
  signal?: AbortSignal;
}

/** One built-in check: a pure function of what was read once. */
export type PreflightCheck = (context: CheckContext) => CheckResult | CheckResult[];

/**
 * An extra check (the extension point: e.g. the gallery definition's compatibility, from the distribution work);
 * it may read what it needs itself.
 */
export type ExtraPreflightCheck = (
  context: ExtraCheckContext,
) => CheckResult | CheckResult[] | Promise<CheckResult | CheckResult[]>;

export interface PreflightInput {
  clients: Clients;
  /** Plain ARM reads: the VNet, NSGs, route tables, base image and providers (no generated SDK loaded for them). */
  rest: ArmRest;
  settings: Settings;
  /** The region of the build (resolved). */
  location: string;
  /** The base image with its version resolved (not `latest`). */
  baseImage: BaseImageRef;
  /** The build VNet when the caller has already read it (saves a request). */
  vnet?: VirtualNetwork;
  logger: Logger;
  signal?: AbortSignal;
  /** More checks to run after the built-in ones (e.g. the gallery definition's compatibility). */
  extraChecks?: ExtraPreflightCheck[];
  /** Register missing resource providers when the caller may (default: not in a dry run). */
  register?: boolean;
}

export interface PreflightReport {
  checks: CheckResult[];
  /** True when any check failed: the run must stop before its first write. */
  failed: boolean;
  /** ARM requests the preflight made (reads, plus any provider registrations). */
  requests: number;
  /** Providers this preflight registered. */
  registered: string[];
}

export const pass = (id: string, title: string, reason: string): CheckResult => ({
  id,
  title,
  status: 'pass',
  reason,
});
export const warn = (id: string, title: string, reason: string): CheckResult => ({
  id,
  title,
  status: 'warn',
  reason,
});
export const fail = (id: string, title: string, reason: string): CheckResult => ({
  id,
  title,
  status: 'fail',
  reason,
});
