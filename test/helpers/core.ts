/** Running the core against a simulator, with a logger that records what it was told. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Simulator } from '../azure-sim/index.js';
import {
  type BuildResult,
  type Checkpoint,
  type Logger,
  type RawInputs,
  parseSettings,
  resolveCloud,
  runBuild,
} from '../../src/core/index.js';
import { secretCredential } from './sdk.js';

export interface RecordingLogger extends Logger {
  lines: string[];
  buildLines: string[];
  groups: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const buildLines: string[] = [];
  const groups: string[] = [];
  return {
    lines,
    buildLines,
    groups,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
    async group(name, fn) {
      groups.push(name);
      return fn();
    },
    buildLog: (block) => void buildLines.push(...block.toString('utf8').replace(/\r/g, '').split('\n')),
  };
}

export const subnetOf = (sim: Simulator, subnet = 'snet-imagebuilder') =>
  `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-imagebuilder/subnets/${subnet}`;

/** CLI flags for a build against the simulator's fixture (the CLI tests and `npm run demo`). */
export const cliBuildFlags = (sim: Simulator, pollIntervalSeconds: number): string[] => [
  '--build-subnet-id',
  subnetOf(sim),
  '--builder-resource-group',
  'rg-jumpbox-builder',
  '--image-resource-group',
  'rg-jumpbox-images',
  '--resource-manager-endpoint',
  sim.url,
  '--authority-host',
  sim.url,
  '--poll-interval-seconds',
  String(pollIntervalSeconds),
];

export function baseInputs(sim: Simulator, extra: RawInputs = {}): RawInputs {
  return {
    'build-subnet-id': subnetOf(sim),
    'builder-resource-group': 'rg-jumpbox-builder',
    'image-resource-group': 'rg-jumpbox-images',
    'poll-interval-seconds': '0.1',
    ...extra,
  };
}

export async function build(
  sim: Simulator,
  extra: RawInputs = {},
  more: { signal?: AbortSignal; checkpoints?: Checkpoint[]; logger?: RecordingLogger } = {},
): Promise<{ result: BuildResult; logger: RecordingLogger; workDir: string }> {
  const logger = more.logger ?? recordingLogger();
  const workDir = mkdtempSync(join(tmpdir(), 'jumpbox-core-'));
  const result = await runBuild(parseSettings(baseInputs(sim, extra)), {
    credential: secretCredential(sim),
    cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
    logger,
    workDir,
    signal: more.signal,
    onCheckpoint: (c) => more.checkpoints?.push(c),
    retry: { maxRetries: 2, retryDelayInMs: 20, maxRetryDelayInMs: 100 },
    provenanceTags: { 'source-repository': 'contoso/platform-images' },
  });
  return { result, logger, workDir };
}
