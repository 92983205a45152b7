/** What every phase of a run gets: the settings, the options, one set of clients, the logger and the run's signal. */
import { type ArmRest, createArmRest } from '../arm-rest.js';
import { type Clients, type ClientsOptions, createClients } from '../clients.js';
import type { Settings } from '../settings.js';
import type { Logger, PhaseTiming, RoleAssignmentRecord, RunOptions } from '../types.js';

export interface RunContext {
  readonly settings: Settings;
  readonly options: RunOptions;
  readonly clients: Clients;
  /** Plain ARM reads (the re-run path): no generated SDK loaded for them. */
  readonly rest: ArmRest;
  readonly logger: Logger;
  /** The run's signal: aborted when the job is cancelled. The finish path runs under its own (see finish.ts). */
  readonly signal?: AbortSignal;
}

export function createRunContext(settings: Settings, options: RunOptions): RunContext {
  const clientsOptions: ClientsOptions = {
    credential: options.credential,
    cloud: options.cloud,
    subscriptionId: settings.subscriptionId,
    userAgentPrefix: options.userAgentPrefix,
    retry: options.retry,
  };
  const clients = createClients(clientsOptions);
  const rest = createArmRest(clientsOptions);
  return { settings, options, clients, rest, logger: options.logger, signal: options.signal };
}

export const pollMs = (settings: Settings): number => Math.round(settings.pollIntervalSeconds * 1000);

/** Whether the revoke-roles setting removes this assignment at the end of the run. */
export function shouldRevoke(settings: Settings, record: RoleAssignmentRecord): boolean {
  // `image` revokes the destination roles: the image group or gallery definition, and the staging group.
  return settings.revokeRoles === 'all' || (settings.revokeRoles === 'image' && record.purpose !== 'network');
}

/** Runs each phase in its own log group and records how long it took. */
export class PhaseTimer {
  readonly phases: PhaseTiming[] = [];
  constructor(private readonly logger: Logger) {}

  async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const t0 = Date.now();
    try {
      return await this.logger.group(name, fn);
    } finally {
      this.phases.push({ name, durationMs: Date.now() - t0 });
    }
  }
}
